using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace InterviewBot.Teams.Auth;

/// <summary>
/// What every inbound token check here shares (Bot Framework activities, Graph calling notifications): reading the
/// bearer JWT, validating it — RS256 only, a key from the issuer's OpenID metadata, issuer, audience, lifetime within
/// the skew — with one re-read of the metadata when the token names a key we do not know, and saying why it failed.
/// </summary>
internal static class SignedTokenCheck
{
    /// <summary>The JWT in an <c>Authorization: Bearer</c> header, or why there is none.</summary>
    public static (string? Raw, JsonWebToken? Token, string? Refusal) Read(JsonWebTokenHandler handler, string? authorization)
    {
        if (string.IsNullOrWhiteSpace(authorization)) return (null, null, "no Authorization header");
        var parts = authorization.Split(' ', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase) || parts[1].Length == 0)
            return (null, null, "the Authorization header is not a bearer token");
        if (!handler.CanReadToken(parts[1])) return (null, null, "the bearer token is not a JWT");
        try
        {
            return (parts[1], handler.ReadJsonWebToken(parts[1]), null);
        }
        catch (ArgumentException)
        {
            return (null, null, "the bearer token is malformed");
        }
    }

    /// <summary>Validates signature, issuer, audience and lifetime; re-reads the keys once if the token's key is unknown.</summary>
    public static async Task<TokenValidationResult> ValidateAsync(JsonWebTokenHandler handler, string token, string issuer, string? audience, SigningKeyCache metadata,
        TimeSpan clockSkew, CancellationToken cancellationToken)
    {
        var result = await CheckAsync(handler, token, issuer, audience, metadata, clockSkew, cancellationToken).ConfigureAwait(false);
        // The issuer may have rolled its keys since we cached them: read the metadata again, once.
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException && await metadata.RefreshAsync(cancellationToken).ConfigureAwait(false))
            result = await CheckAsync(handler, token, issuer, audience, metadata, clockSkew, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static async Task<TokenValidationResult> CheckAsync(JsonWebTokenHandler handler, string token, string issuer, string? audience, SigningKeyCache metadata,
        TimeSpan clockSkew, CancellationToken cancellationToken)
    {
        var configuration = await metadata.GetAsync(cancellationToken).ConfigureAwait(false);
        return await handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = audience,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = clockSkew,
            ValidateIssuerSigningKey = true,
            TryAllIssuerSigningKeys = false,
        }).ConfigureAwait(false);
    }

    /// <summary>Why a token failed, in words for the log.</summary>
    public static string Describe(Exception? e) => e switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenInvalidAudienceException => "the token is for another audience",
        SecurityTokenInvalidIssuerException => "the token has another issuer",
        SecurityTokenSignatureKeyNotFoundException => "the token is signed with an unknown key",
        SecurityTokenInvalidSignatureException => "the token's signature is invalid",
        SecurityTokenInvalidAlgorithmException => "the token uses an algorithm that is not allowed",
        SecurityTokenNoExpirationException => "the token has no expiry",
        _ => "the token is not valid",
    };
}

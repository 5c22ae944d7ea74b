using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using InterviewBot.Teams.Auth;

namespace InterviewBot.Teams.Calling;

/// <summary>
/// Checks the bearer token on a Microsoft Graph call notification before anything in it is acted on: RS256 by a key
/// from the calling OpenID metadata (cached; re-read once for an unknown key), an allowed issuer, audience = our app
/// id, lifetime within the skew, and — for a single-tenant bot — the <c>tid</c> claim naming our tenant.
/// </summary>
public sealed class CallingTokenValidator(IOptions<CallingOptions> options, IOptions<BotOptions> bot, HttpClient metadataClient,
    ILogger<CallingTokenValidator> logger, TimeProvider time) : IDisposable
{
    private readonly SigningKeyCache _keys = new(options.Value.OpenIdMetadataUrl, metadataClient, time);
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<BotAuthResult> ValidateAsync(string? authorization, CancellationToken cancellationToken)
    {
        var (raw, token, refusal) = SignedTokenCheck.Read(_handler, authorization);
        if (raw is null || token is null) return Refuse(refusal!);
        if (!options.Value.ValidIssuers.Contains(token.Issuer, StringComparer.Ordinal)) return Refuse($"untrusted issuer '{token.Issuer}'");
        Microsoft.IdentityModel.Tokens.TokenValidationResult result;
        try
        {
            result = await SignedTokenCheck.ValidateAsync(_handler, raw, token.Issuer, bot.Value.AppId, _keys, bot.Value.ClockSkew, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or InvalidOperationException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.SigningKeysUnavailable(ex);
            return new BotAuthResult(false, 503, "the calling signing keys could not be read", null);
        }
        if (!result.IsValid) return Refuse(SignedTokenCheck.Describe(result.Exception));
        if (!string.IsNullOrEmpty(bot.Value.TenantId) && !string.Equals(result.Claims.TryGetValue("tid", out var tid) ? tid as string : null, bot.Value.TenantId, StringComparison.OrdinalIgnoreCase))
            return Refuse("the token is for another tenant");
        return BotAuthResult.Success(result.ClaimsIdentity);
    }

    private BotAuthResult Refuse(string reason)
    {
        logger.ActivityRefused(reason);
        return BotAuthResult.Unauthorized(reason);
    }

    public void Dispose() => _keys.Dispose();
}

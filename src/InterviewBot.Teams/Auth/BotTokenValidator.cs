using System.Text.Json;
using InterviewBot.Teams.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace InterviewBot.Teams.Auth;

/// <summary>
/// Checks the bearer token on an inbound activity as the Bot Framework connector authentication rules
/// require: RS256 signature by a key from the issuer's OpenID metadata (cached, refreshed, and re-read
/// once when a token names an unknown key), issuer, audience = our app id, lifetime within the clock
/// skew, the signing key endorsing the activity's channel, and the <c>serviceurl</c> claim equal to the
/// activity's serviceUrl. Multi-tenant bots trust the Bot Framework issuer; single-tenant bots also
/// their own tenant's Entra issuers.
/// </summary>
public sealed class BotTokenValidator : IDisposable
{
    private readonly BotOptions _options;
    private readonly ILogger<BotTokenValidator> _logger;
    private readonly Dictionary<string, SigningKeyCache> _metadataByIssuer = new(StringComparer.Ordinal);
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public BotTokenValidator(IOptions<BotOptions> options, HttpClient metadataClient, ILogger<BotTokenValidator> logger, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        var botFramework = new SigningKeyCache(_options.OpenIdMetadataUrl, metadataClient, time);
        _metadataByIssuer[BotOptions.BotFrameworkIssuer] = botFramework;
        if (!string.IsNullOrWhiteSpace(_options.TenantId))
        {
            var entra = new SigningKeyCache(new Uri(_options.EntraAuthority, $"{_options.TenantId}/v2.0/.well-known/openid-configuration"), metadataClient, time);
            _metadataByIssuer[$"https://sts.windows.net/{_options.TenantId}/"] = entra;
            _metadataByIssuer[new Uri(_options.EntraAuthority, $"{_options.TenantId}/v2.0").ToString()] = entra;
        }
    }

    public async Task<BotAuthResult> ValidateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var (raw, token, refusal) = SignedTokenCheck.Read(_handler, authorization);
        if (raw is null || token is null) return BotAuthResult.Unauthorized(refusal!);
        if (!_metadataByIssuer.TryGetValue(token.Issuer, out var metadata))
            return BotAuthResult.Unauthorized($"untrusted issuer '{token.Issuer}'");

        TokenValidationResult result;
        try
        {
            result = await SignedTokenCheck.ValidateAsync(_handler, raw, token.Issuer, _options.AppId, metadata, _options.ClockSkew, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or InvalidOperationException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Without the issuer's keys nothing can be verified: refuse, and let the channel retry later.
            _logger.SigningKeysUnavailable(ex);
            return new BotAuthResult(false, 503, "the issuer's signing keys could not be read", null);
        }
        if (!result.IsValid)
        {
            var reason = SignedTokenCheck.Describe(result.Exception);
            _logger.ActivityRefused(reason);
            return BotAuthResult.Unauthorized(reason);
        }

        var configuration = await metadata.GetAsync(cancellationToken).ConfigureAwait(false);
        if (token.Issuer == BotOptions.BotFrameworkIssuer && !Endorses(configuration, token.Kid, activity.ChannelId))
            return BotAuthResult.Forbidden($"the signing key does not endorse channel '{activity.ChannelId}'");

        var serviceUrl = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        if (token.Issuer == BotOptions.BotFrameworkIssuer && string.IsNullOrEmpty(serviceUrl))
            return BotAuthResult.Unauthorized("the token has no serviceurl claim");
        if (serviceUrl is not null && !SameServiceUrl(serviceUrl, activity.ServiceUrl))
            return BotAuthResult.Unauthorized("the token's serviceurl claim does not match the activity's serviceUrl");
        return BotAuthResult.Success(result.ClaimsIdentity);
    }

    /// <summary>A key with no endorsements endorses nothing; an activity with no channel id needs none (as the protocol says).</summary>
    private static bool Endorses(OpenIdConnectConfiguration configuration, string? kid, string? channelId)
    {
        if (string.IsNullOrWhiteSpace(channelId)) return true;
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var endorsements)) return false;
        return endorsements switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.GetString() == channelId),
            IEnumerable<object> list => list.Any(e => string.Equals(e?.ToString(), channelId, StringComparison.Ordinal)),
            _ => false,
        };
    }

    private static bool SameServiceUrl(string claim, string? activity) =>
        activity is not null && string.Equals(claim.TrimEnd('/'), activity.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    public void Dispose()
    {
        foreach (var cache in _metadataByIssuer.Values.Distinct()) cache.Dispose();
    }
}

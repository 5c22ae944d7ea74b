using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace InterviewBot.Teams.Auth;

/// <summary>
/// One issuer's OpenID configuration and signing keys: fetched on first use, kept for a day, and re-read at
/// once when a token names a key we do not know (a key rollover) — but such forced reads happen at most once
/// a minute, so tokens with made-up key ids cannot make us hammer the issuer.
/// </summary>
internal sealed class SigningKeyCache(Uri metadataUrl, HttpClient http, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan s_maxAge = TimeSpan.FromHours(24);
    private static readonly TimeSpan s_forcedEvery = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly HttpDocumentRetriever _retriever = new(http) { RequireHttps = metadataUrl.Scheme == Uri.UriSchemeHttps };
    private OpenIdConnectConfiguration? _current;
    private DateTimeOffset _fetchedAt;
    private DateTimeOffset? _lastForced;

    public async Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken)
    {
        if (_current is { } c && time.GetUtcNow() - _fetchedAt < s_maxAge) return c;
        return await FetchAsync(force: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the keys again unless that was forced less than a minute ago; returns whether it did.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        if (_lastForced is { } last && time.GetUtcNow() - last < s_forcedEvery) return false;
        await FetchAsync(force: true, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<OpenIdConnectConfiguration> FetchAsync(bool force, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!force && _current is { } c && time.GetUtcNow() - _fetchedAt < s_maxAge) return c;
            if (force) _lastForced = time.GetUtcNow();
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl.ToString(), _retriever, cancellationToken).ConfigureAwait(false);
            (_current, _fetchedAt) = (configuration, time.GetUtcNow());
            return configuration;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}

using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace InterviewBot.Teams.Connector;

/// <summary>The bot's own bearer token for calls to the connector (scope <c>Bot:ConnectorScope</c>).</summary>
public sealed class ConnectorTokenProvider(HttpClient http, IOptions<BotOptions> options, TimeProvider time)
    : AppTokenProvider(http, options, time, options.Value.ConnectorScope);

/// <summary>
/// The bot's app-only bearer token for one resource (the connector, Microsoft Graph): OAuth 2.0 client credentials
/// against Microsoft Entra ID, cached until five minutes before it expires and fetched by one caller at a time.
/// Without an app password (local development against the playground) there is no token.
/// </summary>
public abstract class AppTokenProvider(HttpClient http, IOptions<BotOptions> options, TimeProvider time, string scope) : IDisposable
{
    private static readonly TimeSpan s_renewBefore = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _expires;

    /// <summary>The current token, or null when the bot runs without credentials.</summary>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (string.IsNullOrEmpty(o.AppPassword)) return null;
        if (_token is { } cached && time.GetUtcNow() < _expires - s_renewBefore) return cached;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is { } fresh && time.GetUtcNow() < _expires - s_renewBefore) return fresh;
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = o.AppId!,
                ["client_secret"] = o.AppPassword,
                ["scope"] = scope,
            });
            using var response = await http.PostAsync(o.ResolvedTokenEndpoint, form, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                throw new ConnectorException((int)response.StatusCode, $"token endpoint refused the bot's credentials: {Trim(body)}");
            }
            var answer = await response.Content.ReadFromJsonAsync(TokenJsonContext.Default.TokenResponse, cancellationToken).ConfigureAwait(false)
                ?? throw new ConnectorException(502, "token endpoint answered with no body");
            if (string.IsNullOrEmpty(answer.AccessToken)) throw new ConnectorException(502, "token endpoint answered without an access_token");
            _token = answer.AccessToken;
            _expires = time.GetUtcNow().AddSeconds(answer.ExpiresIn > 0 ? answer.ExpiresIn : 3600);
            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static string Trim(string body) => body.Length > 300 ? body[..300] + "…" : body;

    public void Dispose()
    {
        _gate.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The token endpoint's answer.</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("token_type")] string? TokenType);

[JsonSerializable(typeof(TokenResponse))]
internal sealed partial class TokenJsonContext : JsonSerializerContext;

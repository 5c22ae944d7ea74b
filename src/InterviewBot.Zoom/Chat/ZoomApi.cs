using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace InterviewBot.Zoom.Chat;

/// <summary>
/// The little of Zoom's REST API the coach needs: the app's client-credentials token (cached until a minute before
/// expiry), a user's display name, and a Team Chat chatbot message. Each call has a timeout; chat messages are not
/// retried (a repeat would show the nudge twice).
/// </summary>
public sealed class ZoomApi(HttpClient http, IOptions<ZoomOptions> options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _expires;

    /// <summary>The user's name as Zoom shows it, or null when it cannot be read.</summary>
    public async Task<string?> DisplayNameAsync(string userId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Get, $"users/{Uri.EscapeDataString(userId)}", null, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode) return null;
        var user = await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken).ConfigureAwait(false);
        var display = user?["display_name"]?.GetValue<string>();
        return !string.IsNullOrWhiteSpace(display) ? display
            : $"{user?["first_name"]?.GetValue<string>()} {user?["last_name"]?.GetValue<string>()}".Trim() is { Length: > 0 } full ? full : null;
    }

    /// <summary>Posts a chatbot message to one user; returns Zoom's id for it (null when Zoom gave none), to edit it later.</summary>
    public async Task<string?> SendChatAsync(string toJid, string? accountId, string head, string body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, "im/chat/messages", Message(toJid, accountId, head, body), cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"Zoom refused the chat message: {(int)response.StatusCode}", null, response.StatusCode);
        var sent = await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken).ConfigureAwait(false);
        return sent?["message_id"]?.GetValue<string>();
    }

    /// <summary>Edits a chatbot message sent before (Zoom's "edit a chatbot message": the same body, PUT on its id).</summary>
    public async Task EditChatAsync(string messageId, string toJid, string? accountId, string head, string body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Put, $"im/chat/messages/{Uri.EscapeDataString(messageId)}", Message(toJid, accountId, head, body), cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"Zoom refused the chat message edit: {(int)response.StatusCode}", null, response.StatusCode);
    }

    private JsonObject Message(string toJid, string? accountId, string head, string body) => new()
    {
        ["robot_jid"] = options.Value.RobotJid, ["to_jid"] = toJid, ["account_id"] = accountId,
        ["content"] = new JsonObject
        {
            ["head"] = new JsonObject { ["text"] = head },
            ["body"] = new JsonArray(new JsonObject { ["type"] = "message", ["text"] = body }),
        },
    };

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        using var request = new HttpRequestMessage(method, new Uri(options.Value.ApiBaseUrl, path)) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(timeout.Token).ConfigureAwait(false));
        return await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
    }

    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (_token is { } cached && time.GetUtcNow() < _expires) return cached;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_token is { } fresh && time.GetUtcNow() < _expires) return fresh;
            var o = options.Value;
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(o.OAuthTokenUrl + "?grant_type=client_credentials"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{o.ClientId}:{o.ClientSecret}")));
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode) throw new HttpRequestException($"Zoom refused the app's credentials: {(int)response.StatusCode}", null, response.StatusCode);
            var token = (await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken).ConfigureAwait(false))!;
            _token = token["access_token"]!.GetValue<string>();
            _expires = time.GetUtcNow().AddSeconds((token["expires_in"]?.GetValue<int>() ?? 3600) - 60);
            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}

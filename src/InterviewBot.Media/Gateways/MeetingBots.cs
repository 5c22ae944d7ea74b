using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace InterviewBot.Media.Gateways;

/// <summary>
/// Asks the configured gateway to send a bot into a meeting, streaming each participant's audio to this server's
/// door for the session (the session's media token in the URL: gateways connect without headers). Not retried:
/// a repeated create would put two bots in the meeting; the caller sees the error and decides.
/// </summary>
public sealed class MeetingBots(HttpClient http, IOptions<MeetingBotOptions> options)
{
    /// <summary>Sends the bot; returns the gateway's bot id.</summary>
    public async Task<string> SendAsync(Uri meetingUrl, string sessionId, string mediaToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meetingUrl);
        var o = options.Value;
        if (o.ApiBaseUrl is null || string.IsNullOrEmpty(o.ApiKey) || o.PublicBaseUrl is null)
            throw new InvalidOperationException("Media:Gateway needs ApiBaseUrl, ApiKey and PublicBaseUrl to send a bot");
        var wss = new UriBuilder(new Uri(o.PublicBaseUrl, $"api/media/{o.Kind}/{Uri.EscapeDataString(sessionId)}")) { Scheme = "wss", Port = -1, Query = $"token={Uri.EscapeDataString(mediaToken)}" }.Uri;
        var (path, body) = o.Kind switch
        {
            "attendee" => ("api/v1/bots", new JsonObject
            {
                ["meeting_url"] = meetingUrl.ToString(),
                ["bot_name"] = o.BotName,
                ["metadata"] = new JsonObject { ["session_id"] = sessionId },
                ["webhooks"] = new JsonArray(new JsonObject
                {
                    ["url"] = new Uri(o.PublicBaseUrl, "api/media/attendee/webhook").ToString(),
                    ["triggers"] = new JsonArray("bot.state_change", "participant_events.join_leave"),
                }),
                ["websocket_settings"] = new JsonObject { ["per_participant_audio"] = new JsonObject { ["url"] = wss.ToString(), ["sample_rate"] = 16000 } },
            }),
            "recall" => ("api/v1/bot", new JsonObject
            {
                ["meeting_url"] = meetingUrl.ToString(),
                ["bot_name"] = o.BotName,
                ["metadata"] = new JsonObject { ["session_id"] = sessionId },
                ["recording_config"] = new JsonObject
                {
                    ["audio_separate_raw"] = new JsonObject(),
                    ["realtime_endpoints"] = new JsonArray(new JsonObject
                    {
                        ["type"] = "websocket",
                        ["url"] = wss.ToString(),
                        ["events"] = new JsonArray("audio_separate_raw.data"),
                    }),
                },
            }),
            _ => throw new InvalidOperationException($"Media:Gateway:Kind '{o.Kind}' cannot send bots (attendee or recall)"),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(o.ApiBaseUrl, path)) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Token", o.ApiKey);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(o.Timeout);
        using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{o.Kind} refused the bot: {(int)response.StatusCode} {(text.Length > 300 ? text[..300] : text)}", null, response.StatusCode);
        return JsonNode.Parse(text)?["id"]?.ToString() ?? throw new HttpRequestException($"{o.Kind} answered without a bot id");
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Media.Gateways;
using InterviewBot.Server.Tests.TestSupport;

namespace InterviewBot.Server.Tests.EndToEnd;

/// <summary>
/// The spoken interview through each meeting-bot gateway's own message format (attendee, Recall.ai) on the real
/// server, ended by the gateway's signed webhook: the session's nudges are those of the same audio from a WAV.
/// </summary>
public sealed class GatewayEndToEndTests : IAsyncLifetime
{
    private const string ApiKey = "test-api-key";
    private static readonly string s_secret = Convert.ToBase64String(Encoding.ASCII.GetBytes("0123456789abcdef0123456789abcdef"));
    private RunningServer _server = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(new Dictionary<string, string?>
    {
        ["Bot:DisableAuthenticationForLocalDevelopment"] = "true",
        ["Media:ApiKey"] = ApiKey,
        ["Media:Gateway:WebhookSecret"] = s_secret,
    });

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private async Task<(string Id, string Token)> CreateSessionAsync()
    {
        var (id, _, token) = await _server.CreateMediaSessionAsync(_http, ApiKey);
        return (id, token);
    }

    private async Task<ClientWebSocket> ConnectAsync(string gateway, string id, string token)
    {
        var socket = new ClientWebSocket();
        var url = new UriBuilder(new Uri(_server.BaseUri, $"api/media/{gateway}/{id}")) { Scheme = "ws", Query = $"token={Uri.EscapeDataString(token)}" }.Uri;
        await socket.ConnectAsync(url, CancellationToken.None); // gateways send no headers: the token is in the query
        return socket;
    }

    /// <summary>Streams the interview in 100 ms chunks, both speakers, in the gateway's message shape.</summary>
    private static async Task StreamAsync(ClientWebSocket socket, Func<int, short[], double, JsonObject> message)
    {
        var channels = SpokenInterview.Channels;
        const int chunk = 1600;
        for (var s = 0; s + chunk <= channels[0].Length; s += chunk)
            for (var c = 0; c < 2; c++)
                await socket.SendAsync(Encoding.UTF8.GetBytes(message(c, channels[c][s..(s + chunk)], s / 16_000.0).ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
    }

    private static string Base64(short[] samples)
    {
        var bytes = new byte[samples.Length * 2];
        Buffer.BlockCopy(samples, 0, bytes, 0, bytes.Length);
        return Convert.ToBase64String(bytes);
    }

    private void AssertSameNudgesAsTheWav(string sessionId)
    {
        var journal = File.ReadAllLines(Path.Combine(_server.DataDirectory, "journals", sessionId + ".journal.jsonl"));
        var live = journal.Select(l => JsonDocument.Parse(l).RootElement).Where(e => e.GetProperty("type").GetString() == "nudge_raised")
            .Select(e => (Kind: e.GetProperty("nudge").GetProperty("kind").GetString(), At: e.GetProperty("nudge").GetProperty("at").GetDouble())).ToArray();
        var expected = SpokenInterview.NudgesFromWav();
        Assert.Equal(expected.Select(n => n.Kind), live.Select(n => n.Kind));
        foreach (var (e, l) in expected.Zip(live)) Assert.InRange(l.At, e.At.TotalSeconds - 1, e.At.TotalSeconds + 1);
        Assert.True(File.Exists(Path.Combine(_server.DataDirectory, "artifacts", sessionId, "report.html")), "post-call was not written");
    }

    private async Task<HttpStatusCode> AttendeeWebhookAsync(JsonObject payload, string? signature = null)
    {
        using var doc = JsonDocument.Parse(payload.ToJsonString());
        var signed = signature ?? Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(s_secret), Encoding.UTF8.GetBytes(AttendeeWebhook.Canonical(doc.RootElement))));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_server.BaseUri, "api/media/attendee/webhook")) { Content = JsonContent.Create(payload) };
        request.Headers.Add("X-Webhook-Signature", signed);
        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task Attendee_PerParticipantAudio_GivesTheNudgesOfTheWav()
    {
        var (id, token) = await CreateSessionAsync();
        var origin = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        string[] uuids = ["6f1d-dana", "91ac-sam"];
        string[] names = ["Dana", "Sam"];
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await AttendeeWebhookAsync(new JsonObject
            {
                ["idempotency_key"] = Guid.NewGuid().ToString(), ["bot_id"] = "bot_1", ["bot_metadata"] = new JsonObject { ["session_id"] = id },
                ["trigger"] = "participant_events.join_leave",
                ["data"] = new JsonObject { ["participant_uuid"] = uuids[i], ["participant_name"] = names[i], ["participant_is_host"] = i == 0, ["event_type"] = "join", ["timestamp_ms"] = origin },
            }));
        }

        using (var socket = await ConnectAsync("attendee", id, token))
        {
            await StreamAsync(socket, (c, samples, seconds) => new JsonObject
            {
                ["trigger"] = "realtime_audio.per_participant", ["bot_id"] = "bot_1",
                ["data"] = new JsonObject { ["participant_uuid"] = uuids[c], ["chunk"] = Base64(samples), ["timestamp_ms"] = origin + (long)(seconds * 1000), ["sample_rate"] = 16000 },
            });
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        }
        Assert.Equal(HttpStatusCode.OK, await AttendeeWebhookAsync(new JsonObject
        {
            ["idempotency_key"] = Guid.NewGuid().ToString(), ["bot_id"] = "bot_1", ["bot_metadata"] = new JsonObject { ["session_id"] = id },
            ["trigger"] = "bot.state_change", ["data"] = new JsonObject { ["new_state"] = "ended", ["old_state"] = "joined_recording", ["event_type"] = "meeting_ended" },
        }));

        AssertSameNudgesAsTheWav(id);
    }

    [Fact]
    public async Task Attendee_WebhookWithAWrongSignature_Is401_AndChangesNothing()
    {
        var (id, _) = await CreateSessionAsync();

        var status = await AttendeeWebhookAsync(new JsonObject
        {
            ["bot_metadata"] = new JsonObject { ["session_id"] = id }, ["trigger"] = "bot.state_change", ["data"] = new JsonObject { ["new_state"] = "ended" },
        }, signature: Convert.ToBase64String(new byte[32]));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.NotNull(_server.Get<InterviewBot.Media.Live.MediaSessions>().Find(id));
    }

    [Fact]
    public async Task Recall_SeparateAudio_GivesTheNudgesOfTheWav()
    {
        var (id, token) = await CreateSessionAsync();
        using (var socket = await ConnectAsync("recall", id, token))
        {
            await StreamAsync(socket, (c, samples, seconds) => new JsonObject
            {
                ["event"] = "audio_separate_raw.data",
                ["data"] = new JsonObject
                {
                    ["data"] = new JsonObject
                    {
                        ["buffer"] = Base64(samples),
                        ["timestamp"] = new JsonObject { ["relative"] = seconds, ["absolute"] = "2026-11-25T10:00:00Z" },
                        ["participant"] = new JsonObject { ["id"] = 100 + c, ["name"] = c == 0 ? "Dana" : "Sam", ["is_host"] = c == 0 },
                    },
                    ["bot"] = new JsonObject { ["id"] = "bot-9", ["metadata"] = new JsonObject { ["session_id"] = id } },
                },
            });
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
        }

        var body = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["event"] = "bot.done",
            ["data"] = new JsonObject { ["bot"] = new JsonObject { ["id"] = "bot-9", ["metadata"] = new JsonObject { ["session_id"] = id } } },
        }.ToJsonString());
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Convert.FromBase64String(s_secret), (byte[])[.. Encoding.UTF8.GetBytes($"msg_1.{timestamp}."), .. body]));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_server.BaseUri, "api/media/recall/webhook")) { Content = new ByteArrayContent(body) };
        request.Headers.Add("webhook-id", "msg_1");
        request.Headers.Add("webhook-timestamp", timestamp);
        request.Headers.Add("webhook-signature", $"v1,{Convert.ToBase64String(new byte[32])} v1,{signature}");
        using var response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        AssertSameNudgesAsTheWav(id);
    }

    [Fact]
    public async Task Gateway_WithoutItsToken_IsRefusedBeforeTheUpgrade()
    {
        var (id, _) = await CreateSessionAsync();
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new UriBuilder(new Uri(_server.BaseUri, $"api/media/recall/{id}")) { Scheme = "ws", Query = "token=nope" }.Uri, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, socket.HttpStatusCode);
    }
}

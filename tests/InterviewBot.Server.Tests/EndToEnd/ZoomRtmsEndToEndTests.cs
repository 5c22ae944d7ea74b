using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Server.Tests.TestSupport;
using InterviewBot.Zoom.Rtms;
using InterviewBot.Zoom.Tests.TestSupport;

namespace InterviewBot.Server.Tests.EndToEnd;

/// <summary>
/// Zoom RTMS end to end on loopback: a signed <c>meeting.rtms_started</c> makes the server open the stream against a
/// stand-in that plays Zoom's side; the spoken interview arrives per speaker; <c>meeting.rtms_stopped</c> ends it.
/// </summary>
public sealed class ZoomRtmsEndToEndTests : IAsyncLifetime
{
    private const string WebhookSecret = "zoom-webhook-secret";
    private readonly FakeZoom _zoom = new() { Audio = SpokenInterview.Channels };
    private RunningServer _server = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        await _zoom.StartAsync();
        _server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:DisableAuthenticationForLocalDevelopment"] = "true",
            ["Zoom:ClientId"] = FakeZoom.ClientId,
            ["Zoom:ClientSecret"] = FakeZoom.ClientSecret,
            ["Zoom:WebhookSecretToken"] = WebhookSecret,
            ["Zoom:ApiBaseUrl"] = new Uri(_zoom.BaseUri, "v2/").ToString(),
            ["Zoom:OAuthTokenUrl"] = new Uri(_zoom.BaseUri, "oauth/token").ToString(),
            ["Zoom:RobotJid"] = "v1bot@xmpp.zoom.us",
            ["Zoom:ReconnectDelay"] = "00:00:00.050",
        });
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        await _zoom.DisposeAsync();
    }

    private async Task<HttpResponseMessage> WebhookAsync(JsonObject body, string? signature = null, long? timestamp = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        var ts = (timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        var signed = signature ?? "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(WebhookSecret), (byte[])[.. Encoding.UTF8.GetBytes($"v0:{ts}:"), .. bytes]));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_server.BaseUri, "api/zoom/webhook")) { Content = new ByteArrayContent(bytes) };
        request.Headers.Add("x-zm-request-timestamp", ts);
        request.Headers.Add("x-zm-signature", signed);
        return await _http.SendAsync(request);
    }

    private JsonObject Started() => new()
    {
        ["event"] = "meeting.rtms_started",
        ["event_ts"] = 1_764_064_800_000,
        ["payload"] = new JsonObject
        {
            ["meeting_uuid"] = FakeZoom.MeetingUuid, ["rtms_stream_id"] = FakeZoom.StreamId, ["server_urls"] = _zoom.SignalingUrl.ToString(),
            ["operator_id"] = "30R7kT7bTIKSNUFEuH_Qlg", ["account_id"] = "D8cJuqWVQ623CI4Q8yQK0Q",
        },
    };

    private static JsonObject Stopped() => new()
    {
        ["event"] = "meeting.rtms_stopped",
        ["payload"] = new JsonObject { ["meeting_uuid"] = FakeZoom.MeetingUuid, ["rtms_stream_id"] = FakeZoom.StreamId, ["stop_reason"] = 6 },
    };

    private async Task<string> RunMeetingAsync()
    {
        using (var started = await WebhookAsync(Started())) Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        await _zoom.Streamed.WaitAsync(TimeSpan.FromSeconds(60));
        var streams = _server.Get<ZoomStreams>();
        var sessionId = streams.SessionOf(FakeZoom.StreamId);
        Assert.NotNull(sessionId);
        // Zoom stops a stream after the meeting's audio is over: wait until the session has heard all of it.
        var session = _server.Get<InterviewBot.Media.Live.MediaSessions>().Find(sessionId)!.Value.Session;
        var duration = TimeSpan.FromSeconds(SpokenInterview.Channels[0].Length / 16_000.0 - 0.5);
        for (var i = 0; i < 600 && session.HeardUntil < duration; i++) await Task.Delay(50);
        Assert.True(session.HeardUntil >= duration, $"heard only {session.HeardUntil}");
        using (var stopped = await WebhookAsync(Stopped())) Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        var report = Path.Combine(_server.DataDirectory, "artifacts", sessionId, "report.html");
        for (var i = 0; i < 300 && !File.Exists(report); i++) await Task.Delay(50);
        Assert.True(File.Exists(report), "post-call was not written");
        return sessionId;
    }

    private (string Kind, double At)[] Journaled(string sessionId) =>
        File.ReadAllLines(Path.Combine(_server.DataDirectory, "journals", sessionId + ".journal.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement).Where(e => e.GetProperty("type").GetString() == "nudge_raised")
            .Select(e => (e.GetProperty("nudge").GetProperty("kind").GetString()!, e.GetProperty("nudge").GetProperty("at").GetDouble())).ToArray();

    [Fact]
    public async Task Stream_GivesTheNudgesOfTheWav_AndSendsThemToTheHostsTeamChat()
    {
        var sessionId = await RunMeetingAsync();

        var live = Journaled(sessionId);
        var expected = SpokenInterview.NudgesFromWav();
        Assert.Equal(expected.Select(n => n.Kind), live.Select(n => n.Kind));
        foreach (var (e, l) in expected.Zip(live)) Assert.InRange(l.At, e.At.TotalSeconds - 1, e.At.TotalSeconds + 1);
        Assert.Empty(_zoom.Log);
        Assert.Equal((1, 1), (_zoom.SignalingHandshakes, _zoom.ClientReady));
        Assert.Equal(2, _zoom.KeepAlivesAnswered); // one on each socket
        Assert.Equal(expected.Count, _zoom.Chat.Count + _zoom.Edits.Count);   // a repeat edits the message already sent
        var message = _zoom.Chat.First();
        Assert.Equal(("v1bot@xmpp.zoom.us", "30R7kT7bTIKSNUFEuH_Qlg@xmpp.zoom.us", "D8cJuqWVQ623CI4Q8yQK0Q"),
            (message["robot_jid"]!.GetValue<string>(), message["to_jid"]!.GetValue<string>(), message["account_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task DroppedMediaSocket_IsReopened_AndTheInterviewStillCoached()
    {
        _zoom.DropFirstMediaAfterChunks = 1200; // two minutes in

        var sessionId = await RunMeetingAsync();

        Assert.Equal(2, _zoom.SignalingHandshakes);
        Assert.Equal(SpokenInterview.NudgesFromWav().Select(n => n.Kind), Journaled(sessionId).Select(n => n.Kind));
    }

    [Fact]
    public async Task UrlValidation_IsAnsweredWithTheTokensHmac()
    {
        using var response = await WebhookAsync(new JsonObject { ["event"] = "endpoint.url_validation", ["payload"] = new JsonObject { ["plainToken"] = "qgg8vlvZRS6UYooatFL8Aw" } });

        var body = (await response.Content.ReadFromJsonAsync<JsonNode>())!;
        Assert.Equal("qgg8vlvZRS6UYooatFL8Aw", body["plainToken"]!.GetValue<string>());
        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(WebhookSecret), Encoding.UTF8.GetBytes("qgg8vlvZRS6UYooatFL8Aw"))), body["encryptedToken"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("v0=0000000000000000000000000000000000000000000000000000000000000000", 0)]
    [InlineData(null, -600)]
    public async Task Webhook_WithAWrongOrStaleSignature_Is401_AndStartsNothing(string? signature, int ageSeconds)
    {
        using var response = await WebhookAsync(Started(), signature, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + ageSeconds);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(200);
        Assert.Null(_server.Get<ZoomStreams>().SessionOf(FakeZoom.StreamId));
        Assert.Equal(0, _zoom.SignalingHandshakes);
    }
}

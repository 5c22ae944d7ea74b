using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using InterviewBot.Core.Coaching;
using InterviewBot.Media.Ingest;
using InterviewBot.Server.Tests.TestSupport;

namespace InterviewBot.Server.Tests.EndToEnd;

/// <summary>The ingest WebSocket on the real server: live frames give the nudges the same audio gives from a WAV; bad input is refused clearly.</summary>
public sealed class IngestEndToEndTests : IAsyncLifetime
{
    private const string ApiKey = "test-api-key";
    private RunningServer _server = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() =>
        _server = await RunningServer.StartAsync(new Dictionary<string, string?> { ["Bot:DisableAuthenticationForLocalDevelopment"] = "true", ["Media:ApiKey"] = ApiKey });

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private Task<(string Id, Uri MediaUrl, string Token)> CreateSessionAsync() => _server.CreateMediaSessionAsync(_http, ApiKey);

    private static readonly (int, string, string, string)[] s_people = [(0, "dana", "Dana", "interviewer"), (1, "sam", "Sam", "interviewee")];

    [Fact]
    public async Task GeneratedInterview_StreamedLive_GivesTheNudgesOfItsWav()
    {
        var channels = SpokenInterview.Channels;
        var (id, url, token) = await CreateSessionAsync();

        await using (var client = await IngestClient.ConnectAsync(url, token))
        {
            await client.StartAsync(s_people);
            await client.WaitForAsync("ready");
            for (var sample = 0; sample + 320 <= channels[0].Length; sample += 320)
                for (var c = 0; c < 2; c++)
                    await client.SendBinaryAsync(IngestFrame.Write(c, TimeSpan.FromMilliseconds(sample / 16.0), channels[c].AsSpan(sample, 320)));
            await client.SendJsonAsync("""{"type":"end"}""");
            await client.WaitForAsync("ended");
            await client.WaitClosedAsync();

            var live = client.Received.Where(m => m["type"]!.GetValue<string>() == "nudge").Select(m => (Kind: m["nudge"]!.GetValue<string>(), At: m["time"]!.GetValue<double>())).ToArray();
            var expected = SpokenInterview.NudgesFromWav();
            Assert.Equal([NudgeKinds.Interrupt, NudgeKinds.Monologue, NudgeKinds.TalkRatio], expected.Select(n => n.Kind));
            Assert.Equal(expected.Select(n => n.Kind), live.Select(n => n.Kind));
            foreach (var (e, l) in expected.Zip(live)) Assert.InRange(l.At, e.At.TotalSeconds - 1, e.At.TotalSeconds + 1);
        }
        Assert.True(File.Exists(Path.Combine(_server.DataDirectory, "artifacts", id, "report.html")), "post-call was not written");
    }

    [Theory]
    [InlineData("none")]
    [InlineData("forged")]
    [InlineData("other-session")]
    public async Task WrongToken_IsRefusedBeforeTheUpgrade(string kind)
    {
        var (_, url, token) = await CreateSessionAsync();
        var (_, _, otherToken) = await CreateSessionAsync();
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        var presented = kind switch { "none" => null, "forged" => token[..^4] + "AAAA", _ => otherToken };
        if (presented is not null) socket.Options.SetRequestHeader("Authorization", "Bearer " + presented);

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(url, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, socket.HttpStatusCode);
    }

    [Fact]
    public async Task CreatingASession_NeedsTheApiKey()
    {
        using var response = await _http.PostAsJsonAsync(new Uri(_server.BaseUri, "api/sessions"), new JsonObject());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public static TheoryData<string, WebSocketCloseStatus, string> BadInput => new()
    {
        { "malformed-json", WebSocketCloseStatus.InvalidPayloadData, "not a control message" },
        { "truncated-frame", WebSocketCloseStatus.InvalidPayloadData, "the header says 320 samples" },
        { "tiny-frame", WebSocketCloseStatus.InvalidPayloadData, "16-byte header" },
        { "oversized", WebSocketCloseStatus.MessageTooBig, "at most" },
        { "wrong-format", WebSocketCloseStatus.InvalidPayloadData, "format must be" },
        { "unknown-type", WebSocketCloseStatus.InvalidPayloadData, "unknown or incomplete control message" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task BadInput_ClosesWithTheReason_KeepsWhatCameBefore_AndTheSessionCanResume(string kind, WebSocketCloseStatus status, string reason)
    {
        var (id, url, token) = await CreateSessionAsync();
        var voice = Enumerable.Range(0, 16_000).Select(i => (short)(8000 * Math.Sin(2 * Math.PI * 200 * i / 16_000.0) * (0.6 + 0.4 * Math.Sin(2 * Math.PI * 4 * i / 16_000.0)))).ToArray();
        await using (var client = await IngestClient.ConnectAsync(url, token))
        {
            if (kind != "wrong-format")
            {
                await client.StartAsync(s_people);
                for (var s = 0; s < voice.Length; s += 320) await client.SendBinaryAsync(IngestFrame.Write(0, TimeSpan.FromMilliseconds(500 + s / 16.0), voice.AsSpan(s, 320)));
            }
            switch (kind)
            {
                case "malformed-json": await client.SendJsonAsync("{\"type\":\"start\", oops"); break;
                case "truncated-frame": await client.SendBinaryAsync(IngestFrame.Write(0, TimeSpan.FromSeconds(2), new short[320])[..^10]); break;
                case "tiny-frame": await client.SendBinaryAsync(new byte[7]); break;
                case "oversized": await client.SendBinaryAsync(new byte[300 * 1024]); break;
                case "wrong-format": await client.SendJsonAsync("""{"type":"start","format":{"encoding":"pcm16","sample_rate":48000,"channels":2},"participants":[]}"""); break;
                case "unknown-type": await client.SendJsonAsync("""{"type":"dance"}"""); break;
            }
            await client.WaitClosedAsync();
            Assert.Equal(status, client.CloseStatus);
            Assert.Contains(reason, client.CloseReason ?? "", StringComparison.Ordinal);
        }

        // The server is up and the session still open: a resumed connection goes on, and what came before was kept.
        await using var resumed = await IngestClient.ConnectAsync(url, token);
        await resumed.StartAsync(s_people);
        var ready = await resumed.WaitForAsync("ready");
        Assert.Equal(kind != "wrong-format", ready["resumed"]!.GetValue<bool>());
        await resumed.SendJsonAsync("""{"type":"end"}""");
        await resumed.WaitForAsync("ended");
        var journal = await File.ReadAllTextAsync(Path.Combine(_server.DataDirectory, "journals", id + ".journal.jsonl"));
        if (kind != "wrong-format") Assert.Contains("\"type\":\"speech_started\",\"participant_id\":\"dana\"", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FrameForAnUnknownParticipant_IsAnErrorMessage_NotAClose()
    {
        var (_, url, token) = await CreateSessionAsync();
        await using var client = await IngestClient.ConnectAsync(url, token);
        await client.StartAsync(s_people);
        await client.WaitForAsync("ready");

        await client.SendBinaryAsync(IngestFrame.Write(7, TimeSpan.Zero, new short[320]));
        var error = await client.WaitForAsync("error");
        await client.SendBinaryAsync(IngestFrame.Write(0, TimeSpan.Zero, new short[320]));
        await client.SendJsonAsync("""{"type":"end"}""");

        Assert.Contains("unknown participant index 7", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        await client.WaitForAsync("ended");
    }

    [Fact]
    public async Task AudioBeforeStart_IsRefused()
    {
        var (_, url, token) = await CreateSessionAsync();
        await using var client = await IngestClient.ConnectAsync(url, token);

        await client.SendBinaryAsync(IngestFrame.Write(0, TimeSpan.Zero, new short[320]));
        await client.WaitClosedAsync();

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, client.CloseStatus);
        Assert.Contains("send \"start\" before audio", client.CloseReason ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task FloodOfBadFramesAndFastAudio_IsAnsweredAndBounded_AndTheSessionStillEnds()
    {
        var (id, url, token) = await CreateSessionAsync();
        await using var client = await IngestClient.ConnectAsync(url, token);
        await client.StartAsync(s_people);
        await client.WaitForAsync("ready");

        // 3,000 frames for nobody (each answered with an error, the outbox bounded), then ten minutes of audio as fast as the socket takes it.
        for (var i = 0; i < 3000; i++) await client.SendBinaryAsync(IngestFrame.Write(9, TimeSpan.FromMilliseconds(20 * i), new short[320]));
        var noise = new short[320];
        for (var i = 0; i < 10 * 60 * 50; i++)
        {
            noise[i % 320] = (short)(i % 7 * 10);
            await client.SendBinaryAsync(IngestFrame.Write(i % 2, TimeSpan.FromMilliseconds(20 * (i / 2)), noise));
        }
        await client.SendJsonAsync("""{"type":"end"}""");
        await client.WaitForAsync("ended", TimeSpan.FromSeconds(60));

        Assert.InRange(client.Received.Count(m => m["type"]!.GetValue<string>() == "error"), 1, 3000);
        Assert.True(File.Exists(Path.Combine(_server.DataDirectory, "artifacts", id, "report.json")));
        using var health = await _http.GetAsync(new Uri(_server.BaseUri, "healthz"));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task SessionWithNoMediaForTheIdleTimeout_IsEnded_AndItsPostCallWritten()
    {
        await using var server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:DisableAuthenticationForLocalDevelopment"] = "true", ["Media:ApiKey"] = ApiKey, ["Media:IdleTimeout"] = "00:00:00.300",
        });
        var (id, url, token) = await server.CreateMediaSessionAsync(_http, ApiKey);
        await using (var client = await IngestClient.ConnectAsync(url, token))
        {
            await client.StartAsync(s_people);
            await client.WaitForAsync("ready");
            await client.SendBinaryAsync(IngestFrame.Write(0, TimeSpan.Zero, new short[320]));
        }
        var sessions = server.Get<InterviewBot.Media.Live.MediaSessions>();
        await Task.Delay(400);

        var ended = await sessions.EndIdleAsync(CancellationToken.None);

        Assert.Equal(1, ended);
        Assert.Null(sessions.Find(id));
        Assert.Contains("\"reason\":\"no media\"", await File.ReadAllTextAsync(Path.Combine(server.DataDirectory, "journals", id + ".journal.jsonl")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(server.DataDirectory, "artifacts", id, "report.html")));
    }
}

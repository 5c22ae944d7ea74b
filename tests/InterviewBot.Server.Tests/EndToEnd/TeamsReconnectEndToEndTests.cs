using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Core.Ports;
using InterviewBot.Local.Journal;
using InterviewBot.Media.Live;
using InterviewBot.Server.Tests.TestSupport;
using InterviewBot.Teams.Coach;
using InterviewBot.Teams.Protocol;
using InterviewBot.Teams.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Server.Tests.EndToEnd;

/// <summary>
/// A Teams meeting coached from its live audio (Graph calling with a media worker) whose media client drops mid-call:
/// the session's copy on the server fails (its journal refuses an event), the worker reconnects with its token, the
/// session is taken up again from its journal — and the nudges after that still reach the interviewer's Teams chat,
/// both on the connector stand-in and in Microsoft's Teams emulator, as well as the worker's own socket.
/// </summary>
public sealed class TeamsReconnectEndToEndTests : IAsyncLifetime
{
    private const string JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22tenant-1%22%2c%22Oid%22%3a%22aad-priya%22%7d";
    private readonly GraphStandIn _graph = new();
    private readonly MediaWorkerStandIn _worker = new();
    private readonly HttpClient _http = new();
    private FailOnceJournal _journal = null!;
    private RunningServer _server = null!;

    public async Task InitializeAsync()
    {
        await _graph.StartAsync();
        await _worker.StartAsync();
    }

    private async Task StartServerAsync()
    {
        _server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:DisableAuthenticationForLocalDevelopment"] = "true",
            ["Coach:MediaDoor"] = "graph",
            ["Coach:PublicBaseUrl"] = "https://coach.example.com/",
            ["Calling:MediaWorkerUrl"] = _worker.BaseUri.ToString(),
            ["Graph:BaseUrl"] = new Uri(_graph.BaseUri, "v1.0").ToString(),
        }, builder =>
        {
            var journals = Directory.CreateDirectory(Path.Combine(builder.Configuration["Coach:DataDirectory"]!, "journals")).FullName;
            _journal = new FailOnceJournal(new LocalFileJournal(new LocalJournalOptions { Directory = journals }));
            builder.Services.AddSingleton<ISessionJournal>(_journal);
        });
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        await _worker.DisposeAsync();
        await _graph.DisposeAsync();
    }

    [Fact]
    public async Task MediaClientReconnects_AndTheNextNudgesStillReachTheTeamsCard()
    {
        var connector = new RecordingConnector();
        await using var _ = connector;
        await connector.StartAsync();
        connector.Names[Activities.Interviewer.Id] = "Priya Nair";
        await StartServerAsync();
        var teams = new Activities(connector.BaseUri);
        await PostAsync(teams.Installed());
        await PostAsync(teams.Press("setup", new { meeting = Activities.MeetingChat, goal = SpokenInterview.Goal, interviewee = "Sam", plannedMinutes = "30" }));
        await PostAsync(teams.MeetingStart() with { Value = JsonSerializer.SerializeToElement(new { Id = "MCMxOTptZWV0aW5n", JoinUrl, Title = "Routes" }) });
        string[] Cards() => [.. connector.Posted.Where(c => c.ConversationId == Activities.InterviewerChat && c.CardText.Contains("\"verb\":\"feedback\"", StringComparison.Ordinal))
            .Select(c => c.Card!["actions"]![0]!["data"]!["nudge"]!.GetValue<string>())];

        var (sessionId, beforeDrop, onSocket) = await StreamAcrossAReconnectAsync(() => Cards().Length);
        await PostAsync(teams.MeetingEnd());

        var journaled = JournaledNudges(sessionId);
        Assert.Equal(journaled, Cards());
        Assert.True(journaled.Length > beforeDrop, $"no nudge after the reconnect: {beforeDrop} before, {journaled.Length} in all");
        Assert.True(onSocket > 0, "the worker's socket got no nudge after the reconnect");
        Assert.Contains("Interview ended", connector.Calls.Last(c => c.Method == "PUT").CardText, StringComparison.Ordinal);
        Assert.Contains("Interview summary", connector.Posted[^1].CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MediaClientReconnects_AndTheNextNudgesStillReachTheTeamsEmulator()
    {
        await StartServerAsync();
        await using var playground = await Playground.StartAsync(new Uri(_server.BaseUri, "api/messages"));
        var config = await playground.ConfigAsync();
        var group = config["groupChats"]![0]!["id"]!.GetValue<string>();
        await playground.SendCustomActivityAsync(group, "install", []);
        var setup = await playground.WaitForAsync(s => Created(s) && Content(s).Contains("Set up your interview coach", StringComparison.Ordinal), "the setup card");
        var personal = setup["actionConversationId"]!.GetValue<string>();
        await playground.SendCustomActivityAsync(group, null, new JsonObject
        {
            ["type"] = "event",
            ["name"] = ActivityRouter.MeetingStartEvent,
            ["value"] = new JsonObject { ["Id"] = "MCMxOTpyb3V0ZXM", ["MeetingType"] = "Scheduled", ["Title"] = "Routes", ["JoinUrl"] = JoinUrl },
            ["channelData"] = new JsonObject { ["meeting"] = new JsonObject { ["id"] = "MCMxOTpyb3V0ZXM" } },
        });
        await playground.WaitForAsync(s => Created(s) && Content(s).Contains("Coaching live", StringComparison.Ordinal), "the status card");
        string[] Cards() => [.. playground.Shown.Where(s => Created(s) && s["actionConversationId"]!.GetValue<string>() == personal && Content(s).Contains("\"verb\":\"feedback\"", StringComparison.Ordinal))
            .Select(s => s["message"]!["attachments"]![0]!["content"]!["actions"]![0]!["data"]!["nudge"]!.GetValue<string>())];

        var (sessionId, beforeDrop, _) = await StreamAcrossAReconnectAsync(() => Cards().Length);
        var journaled = JournaledNudges(sessionId);
        for (var i = 0; i < 200 && Cards().Length < journaled.Length; i++) await Task.Delay(50); // the emulator shows what it is sent a moment later

        Assert.Equal(journaled, Cards());
        Assert.True(journaled.Length > beforeDrop, $"no nudge after the reconnect: {beforeDrop} before, {journaled.Length} in all");
    }

    /// <summary>
    /// Plays the worker: streams the first half, makes the server's copy of the session fail, reconnects with the same
    /// token and streams the rest. Returns the session, the nudge cards shown before the drop, and the nudges the
    /// worker's socket received after the reconnect.
    /// </summary>
    private async Task<(string SessionId, int CardsBeforeDrop, int NudgesOnSocket)> StreamAcrossAReconnectAsync(Func<int> cardsShown)
    {
        var prepared = Assert.Single(_worker.Prepared);
        var sessionId = prepared["session_id"]!.GetValue<string>();
        var url = new UriBuilder(new Uri(_server.BaseUri, new Uri(prepared["media_url"]!.GetValue<string>()).AbsolutePath.TrimStart('/'))) { Scheme = "ws" }.Uri;
        var token = prepared["token"]!.GetValue<string>();
        var people = prepared["participants"]!.AsArray().Select((p, i) => (i, p!["id"]!.GetValue<string>(), p["name"]!.GetValue<string>(), p["role"]!.GetValue<string>())).ToArray();
        var channels = SpokenInterview.Channels;
        var half = channels[0].Length / 2 / 320 * 320;
        var sessions = _server.Get<MediaSessions>();

        int beforeDrop;
        await using (var first = await IngestClient.ConnectAsync(url, token))
        {
            await first.StartAsync(people);
            await first.WaitForAsync("ready");
            await WorkerAudio.SendAsync(first, channels, 0, half);
            await WorkerAudio.WaitHeardAsync(sessions, sessionId, half);
            beforeDrop = cardsShown();
            Assert.True(beforeDrop > 0, "no nudge before the drop: the test would not show that nudges survive it");
            _journal.FailNextAppend();
            try
            {
                // The refused event may wait behind others in the session's inbox: audio goes on until the copy has failed,
                // then a little more, which the failed copy cannot take, so the server drops the connection.
                for (var s = 0; s < 60 && !(sessions.Find(sessionId)?.Session.Faulted ?? true); s++)
                {
                    await WorkerAudio.SendAsync(first, channels, half + s * 16000, half + (s + 1) * 16000);
                    await Task.Delay(50);
                }
                await WorkerAudio.SendAsync(first, channels, half + 60 * 16000, half + 61 * 16000);
                await first.WaitClosedAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or IOException)
            {
                // The server dropped the connection when the session's copy failed: the worker reconnects.
            }
        }
        Assert.Equal(1, _journal.Refused);
        Assert.True(sessions.Find(sessionId)?.Session.Faulted ?? true, "the session's copy did not fail");

        await using var second = await IngestClient.ConnectAsync(url, token);
        await second.StartAsync(people);
        Assert.True((await second.WaitForAsync("ready"))["resumed"]!.GetValue<bool>());
        // A worker resends a little of what it may have lost; the server drops what it already heard.
        await WorkerAudio.SendAsync(second, channels, half, channels[0].Length / 320 * 320);
        await WorkerAudio.WaitHeardAsync(sessions, sessionId, channels[0].Length / 320 * 320 - 320);
        for (var i = 0; i < 100 && !second.Received.Any(m => m["type"]?.GetValue<string>() == "nudge"); i++) await Task.Delay(50);
        return (sessionId, beforeDrop, second.Received.Count(m => m["type"]?.GetValue<string>() == "nudge"));
    }

    private string[] JournaledNudges(string sessionId) =>
        [.. File.ReadLines(Path.Combine(_server.DataDirectory, "journals", sessionId + ".journal.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("type").GetString() == "nudge_raised")
            .Select(e => e.GetProperty("nudge").GetProperty("kind").GetString()!)];

    private async Task PostAsync(Activity activity)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(_server.BaseUri, "api/messages"), activity, TeamsJson.Activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static bool Created(JsonNode shown) => shown["action"]?.GetValue<string>() == "createMessage";

    private static string Content(JsonNode shown) => shown["message"]!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}

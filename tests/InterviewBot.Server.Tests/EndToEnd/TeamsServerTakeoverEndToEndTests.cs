using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using InterviewBot.Media.Live;
using InterviewBot.Server.Tests.TestSupport;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Protocol;
using InterviewBot.Teams.Tests.TestSupport;

namespace InterviewBot.Server.Tests.EndToEnd;

/// <summary>
/// A Teams meeting coached from its live audio on server A; A stops mid-call and server B, on the same storage and
/// media token key, takes the session up when the media worker reconnects there with its token. B rebuilds the
/// interviewer's Teams chat from the descriptor in the journal: the next nudges reach the same chat, repeats and the
/// status card update the activities A posted, and meetingEnd at B ends the session with its summary.
/// </summary>
public sealed class TeamsServerTakeoverEndToEndTests : IAsyncLifetime
{
    private const string JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22tenant-1%22%2c%22Oid%22%3a%22aad-priya%22%7d";
    private readonly GraphStandIn _graph = new();
    private readonly MediaWorkerStandIn _worker = new();
    private readonly HttpClient _http = new();
    private readonly string _data = Directory.CreateTempSubdirectory("ib-takeover-").FullName;
    private readonly string _tokenKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public async Task InitializeAsync()
    {
        await _graph.StartAsync();
        await _worker.StartAsync();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _worker.DisposeAsync();
        await _graph.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private Task<RunningServer> StartServerAsync() => RunningServer.StartAsync(new Dictionary<string, string?>
    {
        ["Bot:DisableAuthenticationForLocalDevelopment"] = "true",
        ["Coach:MediaDoor"] = "graph",
        ["Coach:PublicBaseUrl"] = "https://coach.example.com/",
        ["Calling:MediaWorkerUrl"] = _worker.BaseUri.ToString(),
        ["Graph:BaseUrl"] = new Uri(_graph.BaseUri, "v1.0").ToString(),
        ["Media:TokenKey"] = _tokenKey,
    }, dataDirectory: _data);

    [Fact]
    public async Task ServerStopsMidCall_AnotherTakesTheSessionUp_AndItsNudgesGoOnInTheSameTeamsChat()
    {
        await using var connector = new RecordingConnector();
        await connector.StartAsync();
        connector.Names[Activities.Interviewer.Id] = "Priya Nair";
        var teams = new Activities(connector.BaseUri);
        var a = await StartServerAsync();
        await PostAsync(a, teams.Installed());
        await PostAsync(a, teams.Press("setup", new { meeting = Activities.MeetingChat, goal = SpokenInterview.Goal, interviewee = "Sam", plannedMinutes = "30" }));
        await PostAsync(a, teams.MeetingStart() with { Value = JsonSerializer.SerializeToElement(new { Id = "MCMxOTptZWV0aW5n", JoinUrl, Title = "Routes" }) });

        var (sessionId, cardsOnA, b) = await StreamAcrossATakeoverAsync(a, () => NudgeCards(connector).Length);
        await using var serverB = b;
        await PostAsync(b, teams.MeetingEnd());

        var journal = Journal(sessionId);
        var raised = journal.Where(e => Type(e) == "nudge_raised").Select(e => e.GetProperty("nudge")).ToArray();
        var newCards = NewCards(journal);
        Assert.True(newCards.Length > cardsOnA, $"no new nudge card after the takeover: {cardsOnA} on A, {newCards.Length} in all");
        Assert.Equal(newCards, NudgeCards(connector));
        var updates = raised.Where(n => n.TryGetProperty("updates", out _)).ToArray();
        var posted = journal.Where(e => Type(e) == "sink_posted").ToDictionary(e => e.GetProperty("item").GetString()!, e => e.GetProperty("reference").GetString()!);
        foreach (var update in updates)
        {
            var card = posted[$"nudge:{update.GetProperty("updates").GetInt32()}"];
            Assert.Contains(connector.Calls, c => c.Method == "PUT" && c.Path.EndsWith("/activities/" + card, StringComparison.Ordinal)
                && c.CardText.Contains($"{update.GetProperty("count").GetInt32()} times", StringComparison.Ordinal));
        }
        var status = Assert.Single(connector.Posted, c => c.CardText.Contains("Coaching live", StringComparison.Ordinal));
        Assert.Equal(posted[StatusCard.Item], status.ResponseId);
        var last = connector.Calls.Last(c => c.Method == "PUT" && c.CardText.Contains("Interview ended", StringComparison.Ordinal));
        Assert.EndsWith("/activities/" + posted[StatusCard.Item], last.Path, StringComparison.Ordinal);
        Assert.Contains("Interview summary", connector.Posted[^1].CardText, StringComparison.Ordinal);
        Assert.Equal(Activities.InterviewerChat, connector.Posted[^1].ConversationId);
    }

    [Fact]
    public async Task TheJournaledTeamsSink_HoldsAddressesOnly_NoTokenOrKey()
    {
        await using var connector = new RecordingConnector();
        await connector.StartAsync();
        var teams = new Activities(connector.BaseUri);
        await using var a = await StartServerAsync();
        await PostAsync(a, teams.Installed());
        await PostAsync(a, teams.MeetingStart() with { Value = JsonSerializer.SerializeToElement(new { Id = "MCMxOTptZWV0aW5n", JoinUrl, Title = "Routes" }) });
        var sessionId = Assert.Single(_worker.Prepared)["session_id"]!.GetValue<string>();
        for (var i = 0; i < 100 && !Journal(sessionId).Any(e => Type(e) == "sink_attached"); i++) await Task.Delay(50);

        var sink = Assert.Single(Journal(sessionId), e => Type(e) == "sink_attached").GetProperty("sink");
        Assert.Equal(TeamsChatSinks.SinkKind, sink.GetProperty("kind").GetString());
        Assert.Equal(TeamsChatSinks.Version, sink.GetProperty("version").GetInt32());
        var settings = sink.GetProperty("settings").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        Assert.Equal(["interviewerAadObjectId", "interviewerId", "interviewerName", "meetingChatId", "meetingId", "personalChatId", "serviceUrl", "tenantId"], settings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Activities.InterviewerChat, settings["personalChatId"]);
        Assert.DoesNotContain("Bearer", File.ReadAllText(Path.Combine(_data, "journals", sessionId + ".journal.jsonl")), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ServerStopsMidCall_AnotherTakesTheSessionUp_AndItsNudgesGoOnInTheTeamsEmulator()
    {
        var a = await StartServerAsync();
        await using var playground = await Playground.StartAsync(new Uri(a.BaseUri, "api/messages"));
        var group = (await playground.ConfigAsync())["groupChats"]![0]!["id"]!.GetValue<string>();
        await playground.SendCustomActivityAsync(group, "install", []);
        var setup = await playground.WaitForAsync(s => Created(s) && Content(s).Contains("Set up your interview coach", StringComparison.Ordinal), "the setup card");
        var personal = setup["actionConversationId"]!.GetValue<string>();
        await playground.SendCustomActivityAsync(group, null, new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "event",
            ["name"] = InterviewBot.Teams.Coach.ActivityRouter.MeetingStartEvent,
            ["value"] = new System.Text.Json.Nodes.JsonObject { ["Id"] = "MCMxOTpyb3V0ZXM", ["MeetingType"] = "Scheduled", ["Title"] = "Routes", ["JoinUrl"] = JoinUrl },
            ["channelData"] = new System.Text.Json.Nodes.JsonObject { ["meeting"] = new System.Text.Json.Nodes.JsonObject { ["id"] = "MCMxOTpyb3V0ZXM" } },
        });
        await playground.WaitForAsync(s => Created(s) && Content(s).Contains("Coaching live", StringComparison.Ordinal), "the status card");
        string[] Cards() => [.. playground.Shown.Where(s => Created(s) && s["actionConversationId"]!.GetValue<string>() == personal && Content(s).Contains("\"verb\":\"feedback\"", StringComparison.Ordinal))
            .Select(s => s["message"]!["attachments"]![0]!["content"]!["actions"]![0]!["data"]!["nudge"]!.GetValue<string>())];

        var (sessionId, cardsOnA, b) = await StreamAcrossATakeoverAsync(a, () => Cards().Length);
        await using var serverB = b;
        var newCards = NewCards(Journal(sessionId));
        for (var i = 0; i < 200 && Cards().Length < newCards.Length; i++) await Task.Delay(50); // the emulator shows what it is sent a moment later

        Assert.True(newCards.Length > cardsOnA, $"no new nudge card after the takeover: {cardsOnA} on A, {newCards.Length} in all");
        Assert.Equal(newCards, Cards());
    }

    /// <summary>
    /// Plays the media worker: streams the first half to server A, A stops, server B starts on the same storage, and the
    /// worker reconnects there with its token and streams the rest. Returns the session, the cards shown before A stopped, and B.
    /// </summary>
    private async Task<(string SessionId, int CardsOnA, RunningServer B)> StreamAcrossATakeoverAsync(RunningServer a, Func<int> cardsShown)
    {
        var channels = SpokenInterview.Channels;
        var half = channels[0].Length / 2 / 320 * 320;
        var end = channels[0].Length / 320 * 320;
        var prepared = Assert.Single(_worker.Prepared);
        var sessionId = prepared["session_id"]!.GetValue<string>();
        var path = new Uri(prepared["media_url"]!.GetValue<string>()).AbsolutePath.TrimStart('/');
        var token = prepared["token"]!.GetValue<string>();
        var people = prepared["participants"]!.AsArray().Select((p, i) => (i, p!["id"]!.GetValue<string>(), p["name"]!.GetValue<string>(), p["role"]!.GetValue<string>())).ToArray();
        int cardsOnA;
        await using (var first = await IngestClient.ConnectAsync(Socket(a, path), token))
        {
            await first.StartAsync(people);
            await first.WaitForAsync("ready");
            await WorkerAudio.SendAsync(first, channels, 0, half);
            await WorkerAudio.WaitHeardAsync(a.Get<MediaSessions>(), sessionId, half);
            cardsOnA = cardsShown();
        }
        Assert.True(cardsOnA > 0, "no nudge before server A stopped: the test would not show that nudges survive it");
        await a.DisposeAsync(); // A is gone; the session is open in its journal

        var b = await StartServerAsync();
        await using var second = await IngestClient.ConnectAsync(Socket(b, path), token);
        await second.StartAsync(people);
        Assert.True((await second.WaitForAsync("ready"))["resumed"]!.GetValue<bool>());
        await WorkerAudio.SendAsync(second, channels, half, end);
        await WorkerAudio.WaitHeardAsync(b.Get<MediaSessions>(), sessionId, end - 320);
        return (sessionId, cardsOnA, b);
    }

    private static string?[] NewCards(JsonElement[] journal) =>
        [.. journal.Where(e => Type(e) == "nudge_raised").Select(e => e.GetProperty("nudge")).Where(n => !n.TryGetProperty("updates", out _)).Select(n => n.GetProperty("kind").GetString())];

    private static bool Created(System.Text.Json.Nodes.JsonNode shown) => shown["action"]?.GetValue<string>() == "createMessage";

    private static string Content(System.Text.Json.Nodes.JsonNode shown) =>
        shown["message"]!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static Uri Socket(RunningServer server, string path) => new UriBuilder(new Uri(server.BaseUri, path)) { Scheme = "ws" }.Uri;

    private static string[] NudgeCards(RecordingConnector connector) =>
        [.. connector.Posted.Where(c => c.ConversationId == Activities.InterviewerChat && c.CardText.Contains("\"verb\":\"feedback\"", StringComparison.Ordinal))
            .Select(c => c.Card!["actions"]![0]!["data"]!["nudge"]!.GetValue<string>())];

    private JsonElement[] Journal(string sessionId)
    {
        var file = Path.Combine(_data, "journals", sessionId + ".journal.jsonl");
        return File.Exists(file) ? [.. File.ReadLines(file).Select(l => JsonDocument.Parse(l).RootElement)] : [];
    }

    private static string? Type(JsonElement e) => e.GetProperty("type").GetString();

    private async Task PostAsync(RunningServer server, Activity activity)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(server.BaseUri, "api/messages"), activity, TeamsJson.Activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

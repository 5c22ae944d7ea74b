using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using InterviewBot.Azure.Tests.Storage;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Live;
using InterviewBot.Server.Tests.EndToEnd;
using InterviewBot.Server.Tests.TestSupport;
using InterviewBot.Teams.Protocol;
using InterviewBot.Teams.Tests.TestSupport;

namespace InterviewBot.Server.Tests.Durability;

/// <summary>
/// Two servers in one cluster (membership, grains, journals in Azurite), both running: a Teams meeting starts on the
/// first, its media worker reconnects to the second, which takes the session over from its grain and rebuilds the
/// interviewer's Teams chat from the journaled descriptor — the next nudges reach the same chat, and meetingEnd at
/// the second ends the session with its summary there.
/// </summary>
public sealed class ClusteredTeamsTakeoverTests(Azurite azurite) : IClassFixture<Azurite>, IAsyncLifetime
{
    private const string JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22tenant-1%22%2c%22Oid%22%3a%22aad-priya%22%7d";
    private readonly GraphStandIn _graph = new();
    private readonly MediaWorkerStandIn _worker = new();
    private readonly HttpClient _http = new();
    private readonly string _clusterId = $"c{Guid.NewGuid():N}";
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
    }

    private Task<RunningServer> StartServerAsync() => RunningServer.StartAsync(new Dictionary<string, string?>
    {
        ["Bot:DisableAuthenticationForLocalDevelopment"] = "true",
        ["Coach:MediaDoor"] = "graph",
        ["Coach:PublicBaseUrl"] = "https://coach.example.com/",
        ["Calling:MediaWorkerUrl"] = _worker.BaseUri.ToString(),
        ["Graph:BaseUrl"] = new Uri(_graph.BaseUri, "v1.0").ToString(),
        ["Media:TokenKey"] = _tokenKey,
        ["Storage:Kind"] = "blob",
        ["Storage:ConnectionString"] = azurite.ConnectionString,
        ["Cluster:Mode"] = "azure",
        ["Cluster:ClusterId"] = _clusterId,
        ["Cluster:ConnectionString"] = azurite.ConnectionString,
        ["Cluster:AdvertisedAddress"] = "127.0.0.1",
        ["Cluster:SiloPort"] = ServerProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Cluster:GatewayPort"] = ServerProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    [Fact]
    public async Task TeamsMeetingOnOneServer_MediaReconnectsToTheOther_NudgesGoOnInTheSameTeamsChat()
    {
        await using var connector = new RecordingConnector();
        await connector.StartAsync();
        connector.Names[Activities.Interviewer.Id] = "Priya Nair";
        var teams = new Activities(connector.BaseUri);
        await using var first = await StartServerAsync();
        await using var second = await StartServerAsync();
        await PostAsync(first, teams.Installed());
        await PostAsync(first, teams.Press("setup", new { meeting = Activities.MeetingChat, goal = SpokenInterview.Goal, interviewee = "Sam", plannedMinutes = "30" }));
        await PostAsync(first, teams.MeetingStart() with { Value = JsonSerializer.SerializeToElement(new { Id = "MCMxOTptZWV0aW5n", JoinUrl, Title = "Routes" }) });
        var prepared = Assert.Single(_worker.Prepared);
        var sessionId = prepared["session_id"]!.GetValue<string>();
        var path = new Uri(prepared["media_url"]!.GetValue<string>()).AbsolutePath.TrimStart('/');
        var token = prepared["token"]!.GetValue<string>();
        var people = prepared["participants"]!.AsArray().Select((p, i) => (i, p!["id"]!.GetValue<string>(), p["name"]!.GetValue<string>(), p["role"]!.GetValue<string>())).ToArray();
        var channels = SpokenInterview.Channels;
        var half = channels[0].Length / 2 / 320 * 320;
        var end = channels[0].Length / 320 * 320;

        await using (var client = await IngestClient.ConnectAsync(Socket(first, path), token))
        {
            await client.StartAsync(people);
            await client.WaitForAsync("ready");
            await WorkerAudio.SendAsync(client, channels, 0, half);
            await WorkerAudio.WaitHeardAsync(first.Get<MediaSessions>(), sessionId, half);
        }
        // Every event goes to the session's grain before it is applied: the first server's cards may come a little after its audio.
        for (var i = 0; i < 400 && NudgeCards(connector).Length == 0; i++) await Task.Delay(50);
        var cardsOnFirst = NudgeCards(connector).Length;
        Assert.True(cardsOnFirst > 0, "no nudge on the first server: the test would not show that nudges survive the move");
        await using (var client = await IngestClient.ConnectAsync(Socket(second, path), token))
        {
            await client.StartAsync(people);
            Assert.True((await client.WaitForAsync("ready"))["resumed"]!.GetValue<bool>());
            await WorkerAudio.SendAsync(client, channels, half, end);
            await WorkerAudio.WaitHeardAsync(second.Get<MediaSessions>(), sessionId, end - 320);
        }
        await PostAsync(second, teams.MeetingEnd());
        for (var i = 0; i < 400 && !connector.Posted.Any(c => c.CardText.Contains("Interview summary", StringComparison.Ordinal)); i++) await Task.Delay(50);

        var journal = JournalCodec.Decode((await azurite.Client.GetBlobContainerClient("journals").GetBlobClient(sessionId + ".journal.jsonl").DownloadContentAsync()).Value.Content.ToArray());
        var newCards = journal.Events.OfType<NudgeRaised>().Where(n => !n.Nudge.IsUpdate).Select(n => n.Nudge.Kind).ToArray();
        Assert.True(newCards.Length > cardsOnFirst, $"no new card after the move: {cardsOnFirst} on the first server, {newCards.Length} in all");
        Assert.Equal(newCards, NudgeCards(connector));
        Assert.Single(journal.Events, e => e is SinkAttached);
        var status = journal.Events.OfType<SinkPosted>().Single(p => p.Item == InterviewBot.Teams.Meetings.StatusCard.Item).Reference;
        Assert.EndsWith("/activities/" + status, connector.Calls.Last(c => c.Method == "PUT" && c.CardText.Contains("Interview ended", StringComparison.Ordinal)).Path, StringComparison.Ordinal);
        Assert.Contains("Interview summary", connector.Posted[^1].CardText, StringComparison.Ordinal);
    }

    private static Uri Socket(RunningServer server, string path) => new UriBuilder(new Uri(server.BaseUri, path)) { Scheme = "ws" }.Uri;

    private static string[] NudgeCards(RecordingConnector connector) =>
        [.. connector.Posted.Where(c => c.ConversationId == Activities.InterviewerChat && c.CardText.Contains("\"verb\":\"feedback\"", StringComparison.Ordinal))
            .Select(c => c.Card!["actions"]![0]!["data"]!["nudge"]!.GetValue<string>())];

    private async Task PostAsync(RunningServer server, Activity activity)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(server.BaseUri, "api/messages"), activity, TeamsJson.Activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

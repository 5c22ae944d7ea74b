using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Media.Ingest;
using InterviewBot.Server.Tests.TestSupport;
using InterviewBot.Teams.Protocol;
using InterviewBot.Teams.Tests.TestSupport;
using InterviewBot.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace InterviewBot.Server.Tests.EndToEnd;

/// <summary>
/// <c>Coach:MediaDoor=graph</c> with a Windows media worker (docs/media-worker.md): at meetingStart the worker is asked
/// to prepare, the bot joins the call through (loopback) Graph with application-hosted media, the worker streams each
/// participant over the ingest WebSocket, nudges reach the interviewer's Teams chat, and meetingEnd hangs up.
/// </summary>
public sealed class GraphMediaWorkerEndToEndTests : IAsyncLifetime
{
    /// <summary>Plays the Windows worker's HTTP side: records what it is asked to prepare and returns a media configuration blob.</summary>
    private sealed class WorkerStandIn : Loopback
    {
        public ConcurrentQueue<JsonNode> Prepared { get; } = new();

        public WorkerStandIn() => App.MapPost("/v1/calls", async (HttpContext ctx) =>
        {
            if (ctx.Request.Headers.Authorization != "Bearer worker-key") return Results.Unauthorized();
            Prepared.Enqueue((await JsonNode.ParseAsync(ctx.Request.Body))!);
            return Results.Json(new JsonObject { ["media_configuration"] = "eyJtcElkIjoid29ya2VyLTEifQ==" });
        });
    }

    private const string JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=%7b%22Tid%22%3a%22tenant-1%22%2c%22Oid%22%3a%22aad-priya%22%7d";
    private readonly RecordingConnector _connector = new();
    private readonly GraphStandIn _graph = new();
    private readonly WorkerStandIn _worker = new();
    private readonly HttpClient _http = new();
    private RunningServer _server = null!;
    private Activities _teams = null!;

    public async Task InitializeAsync()
    {
        await _connector.StartAsync();
        await _graph.StartAsync();
        await _worker.StartAsync();
        _connector.Names[Activities.Interviewer.Id] = "Priya Nair";
        _server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:DisableAuthenticationForLocalDevelopment"] = "true",
            ["Coach:MediaDoor"] = "graph",
            ["Coach:PublicBaseUrl"] = "https://coach.example.com/",
            ["Calling:MediaWorkerUrl"] = _worker.BaseUri.ToString(),
            ["Calling:MediaWorkerKey"] = "worker-key",
            ["Graph:BaseUrl"] = new Uri(_graph.BaseUri, "v1.0").ToString(),
        });
        _teams = new Activities(_connector.BaseUri);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        await _worker.DisposeAsync();
        await _graph.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private async Task PostAsync(Activity activity)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(_server.BaseUri, "api/messages"), activity, TeamsJson.Activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task MeetingStart_JoinsWithTheWorkersMedia_AndItsAudioIsCoachedInTheInterviewersChat()
    {
        await PostAsync(_teams.Installed());
        await PostAsync(_teams.Press("setup", new { meeting = Activities.MeetingChat, goal = SpokenInterview.Goal, interviewee = "Sam", plannedMinutes = "30" }));
        await PostAsync(_teams.MeetingStart() with { Value = JsonSerializer.SerializeToElement(new { Id = "MCMxOTptZWV0aW5n", JoinUrl, Title = "Routes" }) });

        var prepared = Assert.Single(_worker.Prepared);
        var mediaUrl = new Uri(prepared["media_url"]!.GetValue<string>());
        Assert.Equal(("wss", "coach.example.com"), (mediaUrl.Scheme, mediaUrl.Host));
        var people = prepared["participants"]!.AsArray().Select(p => (Id: p!["id"]!.GetValue<string>(), Role: p["role"]!.GetValue<string>())).ToArray();
        Assert.Equal([(Activities.Interviewer.Id, "interviewer"), ("interviewee", "interviewee")], people);
        var join = JsonNode.Parse(Assert.Single(_graph.Calls, c => c.Method == "POST").Body!)!;
        Assert.Equal("#microsoft.graph.appHostedMediaConfig", join["mediaConfig"]!["@odata.type"]!.GetValue<string>());
        Assert.Equal("eyJtcElkIjoid29ya2VyLTEifQ==", join["mediaConfig"]!["blob"]!.GetValue<string>());
        Assert.Equal(("aad-priya", "tenant-1"), (join["meetingInfo"]!["organizer"]!["user"]!["id"]!.GetValue<string>(), join["tenantId"]!.GetValue<string>()));

        // The worker streams what the call's media platform gives it, one participant per frame index.
        var local = new UriBuilder(new Uri(_server.BaseUri, mediaUrl.AbsolutePath.TrimStart('/'))) { Scheme = "ws" }.Uri;
        await using (var client = await IngestClient.ConnectAsync(local, prepared["token"]!.GetValue<string>()))
        {
            await client.StartAsync((0, people[0].Id, "Priya Nair", "interviewer"), (1, people[1].Id, "Sam", "interviewee"));
            await client.WaitForAsync("ready");
            var channels = SpokenInterview.Channels;
            for (var sample = 0; sample + 320 <= channels[0].Length; sample += 320)
                for (var c = 0; c < 2; c++)
                    await client.SendBinaryAsync(IngestFrame.Write(c, TimeSpan.FromMilliseconds(sample / 16.0), channels[c].AsSpan(sample, 320)));
            // A worker keeps streaming until the call ends; here the audio is over once the server has taken all of it.
            var session = _server.Get<InterviewBot.Media.Live.MediaSessions>().Find(prepared["session_id"]!.GetValue<string>())!.Value.Session;
            var heard = TimeSpan.FromSeconds((channels[0].Length / 320 * 320 - 320) / 16000.0);
            for (var i = 0; i < 300 && session.HeardUntil < heard; i++) await Task.Delay(50);
        }
        await PostAsync(_teams.MeetingEnd());

        var delivered = _connector.Posted.Where(c => c.CardText.Contains("\"verb\":\"feedback\"", StringComparison.Ordinal))
            .Select(c => (c.ConversationId, Kind: c.Card!["actions"]![0]!["data"]!["nudge"]!.GetValue<string>())).ToArray();
        Assert.All(delivered, d => Assert.Equal(Activities.InterviewerChat, d.ConversationId));
        Assert.Equal(SpokenInterview.NudgesFromWav().Select(n => n.Kind), delivered.Select(d => d.Kind));
        Assert.Single(_graph.Calls, c => c.Method == "DELETE" && c.PathAndQuery == "/v1.0/communications/calls/call-1");
        Assert.Contains("Interview summary", _connector.Posted[^1].CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkerDown_IsSaid_AndTheMeetingFallsBackToNoAudio()
    {
        await _worker.DisposeAsync();
        await PostAsync(_teams.Installed());

        await PostAsync(_teams.MeetingStart() with { Value = JsonSerializer.SerializeToElement(new { Id = "MCMxOTptZWV0aW5n", JoinUrl }) });

        Assert.Contains(_connector.Posted, c => c.ConversationId == Activities.InterviewerChat
            && (c.Body?["text"]?.GetValue<string>() ?? "").StartsWith("I couldn't bring the meeting's audio in", StringComparison.Ordinal));
        Assert.Empty(_graph.Calls);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Server.Tests.TestSupport;
using InterviewBot.Teams.Coach;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Tests.TestSupport;

namespace InterviewBot.Server.Tests.EndToEnd;

/// <summary>
/// Through Microsoft's Teams emulator: installed in a meeting that ends without any live audio, the coach reads the
/// meeting's transcript from (loopback) Microsoft Graph and sends the summary to the interviewer's chat only.
/// </summary>
public sealed class PlaygroundTranscriptFallbackTests : IAsyncLifetime
{
    private const string JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting";
    private readonly GraphStandIn _graph = new();
    private RunningServer _server = null!;
    private Playground _playground = null!;

    public async Task InitializeAsync()
    {
        await _graph.StartAsync();
        _graph.JoinUrl = JoinUrl;
        _graph.Transcript = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "logistics-good.vtt"));
        _graph.TranscriptAfterPolls = 2;
        _server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:DisableAuthenticationForLocalDevelopment"] = "true",
            ["Graph:BaseUrl"] = new Uri(_graph.BaseUri, "v1.0").ToString(),
            ["Graph:TranscriptPollEvery"] = "00:00:00.200",
        });
        _playground = await Playground.StartAsync(new Uri(_server.BaseUri, "api/messages"));
    }

    public async Task DisposeAsync()
    {
        await _playground.DisposeAsync();
        await _server.DisposeAsync();
        await _graph.DisposeAsync();
    }

    private static bool Created(JsonNode shown) => shown["action"]?.GetValue<string>() == "createMessage";

    private static string Conversation(JsonNode shown) => shown["actionConversationId"]!.GetValue<string>();

    private static string Content(JsonNode shown) => shown["message"]!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Fact]
    public async Task MeetingEndedWithoutAudio_SummaryFromTheTranscript_ReachesOnlyTheInterviewer()
    {
        var config = await _playground.ConfigAsync();
        var group = config["groupChats"]![0]!["id"]!.GetValue<string>();

        await _playground.SendCustomActivityAsync(group, "install", []);
        var setup = await _playground.WaitForAsync(s => Created(s) && Content(s).Contains("Set up your interview coach", StringComparison.Ordinal), "the setup card");
        var personal = Conversation(setup);
        await _playground.SendCustomActivityAsync(group, null, new JsonObject
        {
            ["type"] = "event",
            ["name"] = ActivityRouter.MeetingEndEvent,
            ["value"] = new JsonObject { ["Id"] = "MCMxOTpiYWtlcnk", ["MeetingType"] = "Scheduled", ["Title"] = "Logistics interview", ["JoinUrl"] = JoinUrl },
            ["channelData"] = new JsonObject { ["meeting"] = new JsonObject { ["id"] = "MCMxOTpiYWtlcnk" } },
        });

        var waiting = await _playground.WaitForAsync(s => Created(s) && Content(s).Contains("No live audio reached me", StringComparison.Ordinal), "the wait-for-transcript note");
        var summary = await _playground.WaitForAsync(s => Created(s) && Content(s).Contains("Interview summary", StringComparison.Ordinal), "the summary card",
            TimeSpan.FromSeconds(60));
        Assert.Equal((personal, personal), (Conversation(waiting), Conversation(summary)));
        Assert.Contains(TranscriptFallback.FromTranscript, Content(summary), StringComparison.Ordinal);
        Assert.Contains(_graph.Calls, c => c.PathAndQuery.EndsWith("/transcripts/transcript-1/content", StringComparison.Ordinal));
        // The meeting chat heard the greeting only.
        Assert.Single(_playground.Shown, s => Created(s) && Conversation(s) == group);
    }
}

using System.Text.Json.Nodes;
using InterviewBot.Teams.Calling;
using InterviewBot.Teams.Coach;
using InterviewBot.Teams.Scheduling;
using InterviewBot.Teams.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Graph.Communications.Calls;

namespace InterviewBot.Teams.Tests.Calling;

/// <summary>
/// With <c>Coach:MediaDoor=graph</c> the bot joins scheduled meetings through the calling SDK against loopback Microsoft
/// Graph, and follows the call from Graph's documented notifications as the SDK reads them.
/// </summary>
public sealed class MeetingCallsTests : IAsyncLifetime
{
    private const string MeetingId = TeamsWithGraph.MeetingId;
    private static readonly DateTimeOffset s_now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_start = s_now.AddHours(2);
    private readonly FakeTimeProvider _time = new(s_now);
    private TeamsWithGraph _h = null!;

    public async Task InitializeAsync()
    {
        _h = await TeamsWithGraph.StartAsync(new Dictionary<string, string?> { ["Coach:MediaDoor"] = "graph", ["Calling:HangUpGrace"] = "00:10:00" }, _time);
        _h.Connector.Meetings[MeetingId] = RecordingConnector.MeetingDetails(MeetingId, s_start, s_start.AddMinutes(45), "Interview with Marcus");
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private ActivityRouter Coach => _h.Coach;

    private MeetingCalls Calls => _h.Services.GetRequiredService<MeetingCalls>();

    private ICallCollection SdkCalls => _h.Services.GetRequiredService<CallingClient>().Get().Client!.Calls();

    private string[] ToInterviewer => _h.ToInterviewer;

    private async Task JoinedAsync()
    {
        await Coach.HandleAsync(_h.Teams.Installed(), CancellationToken.None);
        _time.SetUtcNow(s_start.AddMinutes(-1));
        await _h.Services.GetRequiredService<MeetingScheduler>().RunDueAsync(CancellationToken.None);
    }

    private void News(string body) => Assert.Equal(202, Calls.Process(body, "tenant-1", Guid.NewGuid()).Status);

    private string[] Journal() => CallWaits.JournalLines(_h.Data);

    [Fact]
    public async Task ScheduledStart_JoinsTheMeetingAsTheBot_WithServiceHostedMedia()
    {
        await JoinedAsync();

        var post = Assert.Single(_h.Graph.Calls, c => c.Method == "POST" && c.PathAndQuery == "/v1.0/communications/calls");
        Assert.StartsWith("Bearer token-", post.Authorization, StringComparison.Ordinal); // the bot's Graph token
        var body = JsonNode.Parse(post.Body!)!;
        Assert.Equal("https://coach.example.com/api/calling", body["callbackUri"]!.GetValue<string>());
        Assert.Equal("audio", body["requestedModalities"]![0]!.GetValue<string>(), ignoreCase: true); // the SDK writes "Audio" (docs/calling-sdk.md)
        Assert.Equal("#microsoft.graph.serviceHostedMediaConfig", body["mediaConfig"]!["@odata.type"]!.GetValue<string>());
        Assert.Equal(("19:meeting_abc@thread.v2", "0"), (body["chatInfo"]!["threadId"]!.GetValue<string>(), body["chatInfo"]!["messageId"]!.GetValue<string>()));
        Assert.Equal("#microsoft.graph.organizerMeetingInfo", body["meetingInfo"]!["@odata.type"]!.GetValue<string>());
        Assert.Equal("aad-priya", body["meetingInfo"]!["organizer"]!["user"]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", body["tenantId"]!.GetValue<string>());
        Assert.Contains(ToInterviewer, t => t.Contains("I'm joining the call", StringComparison.Ordinal));
        Assert.Equal("call-1", Assert.Single(SdkCalls).Id);
    }

    [Fact]
    public async Task CallStates_AreToldToTheInterviewer()
    {
        await JoinedAsync();

        News(CallNews.State("call-1", "establishing"));
        News(CallNews.State("call-1", "established"));
        News(CallNews.State("call-1", "established"));
        News(CallNews.Terminated("call-1"));
        await CallWaits.UntilAsync(() => ToInterviewer.Any(t => t.Contains("I've left the call", StringComparison.Ordinal)));

        Assert.Single(ToInterviewer, t => t.Contains("I'm in the call for **Interview with Marcus**", StringComparison.Ordinal));
        await CallWaits.UntilAsync(() => SdkCalls.Count == 0);
        Assert.False(Calls.InCall(Activities.MeetingChat));
    }

    [Fact]
    public async Task FailedJoin_IsToldWithGraphsReason()
    {
        await JoinedAsync();

        News(CallNews.Terminated("call-1", 500, 560500, "Server Internal Error. DiagCode: 500#560500.@"));
        await CallWaits.UntilAsync(() => ToInterviewer.Any(t => t.Contains("I couldn't join the call", StringComparison.Ordinal)));

        Assert.Contains(ToInterviewer, t => t.Contains("Server Internal Error. DiagCode: 500#560500.@ (code 500/560500)", StringComparison.Ordinal));
        Assert.DoesNotContain(ToInterviewer, t => t.Contains("I've left the call", StringComparison.Ordinal));
        Assert.False(Calls.InCall(Activities.MeetingChat));
    }

    [Fact]
    public async Task Roster_BecomesTheSessionsParticipants_AndLeaversLeave()
    {
        await JoinedAsync();
        await Coach.HandleAsync(_h.Teams.MeetingStart(), CancellationToken.None);

        News(CallNews.Roster("call-1", "Priya", "Marcus"));
        News(CallNews.Roster("call-1", "Priya"));
        await CallWaits.UntilAsync(() => Journal().Any(l => l.Contains("\"type\":\"participant_left\"", StringComparison.Ordinal)));
        await Coach.HandleAsync(_h.Teams.MeetingEnd(), CancellationToken.None);

        var journal = Journal();
        var joined = Assert.Single(journal, l => l.Contains("\"type\":\"participant_joined\"", StringComparison.Ordinal));
        Assert.Contains("\"id\":\"aad:aad-marcus\",\"display_name\":\"Marcus\",\"role\":\"interviewee\"", joined, StringComparison.Ordinal);
        Assert.Single(journal, l => l.Contains("\"type\":\"participant_left\"", StringComparison.Ordinal) && l.Contains("aad:aad-marcus", StringComparison.Ordinal));
        Assert.DoesNotContain(journal, l => l.Contains(CallNews.BotAppId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LobbyWaiter_JoinsTheSessionWhenAdmitted()
    {
        await JoinedAsync();
        await Coach.HandleAsync(_h.Teams.MeetingStart(), CancellationToken.None);

        News(CallNews.Roster("call-1", ("Priya", false), ("Marcus", true)));
        News(CallNews.Roster("call-1", ("Priya", false), ("Marcus", false)));
        await CallWaits.UntilAsync(() => Journal().Any(l => l.Contains("\"type\":\"participant_joined\"", StringComparison.Ordinal)));
        await Coach.HandleAsync(_h.Teams.MeetingEnd(), CancellationToken.None);

        Assert.Single(Journal(), l => l.Contains("\"type\":\"participant_joined\"", StringComparison.Ordinal) && l.Contains("aad:aad-marcus", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MeetingEnd_HangsUp()
    {
        await JoinedAsync();
        await Coach.HandleAsync(_h.Teams.MeetingStart(), CancellationToken.None);

        await Coach.HandleAsync(_h.Teams.MeetingEnd(), CancellationToken.None);

        var delete = Assert.Single(_h.Graph.Calls, c => c.Method == "DELETE" && c.PathAndQuery == "/v1.0/communications/calls/call-1");
        Assert.StartsWith("Bearer token-", delete.Authorization, StringComparison.Ordinal);
        Assert.False(Calls.InCall(Activities.MeetingChat));
    }

    [Fact]
    public async Task CallPastItsPlannedLength_IsLeft()
    {
        await JoinedAsync();

        _time.SetUtcNow(s_start.AddMinutes(54)); // 45 planned + 10 grace not yet reached
        await Task.Delay(100);
        Assert.DoesNotContain(_h.Graph.Calls, c => c.Method == "DELETE");
        _time.SetUtcNow(s_start.AddMinutes(56));
        // the hang-up and the message to the interviewer come from a timer callback, one after the other: wait for both
        await CallWaits.UntilAsync(() => ToInterviewer.Any(t => t.Contains("ran past its planned length", StringComparison.Ordinal)));

        Assert.Single(_h.Graph.Calls, c => c.Method == "DELETE" && c.PathAndQuery == "/v1.0/communications/calls/call-1");
    }

    [Fact]
    public async Task JoinRefusedByGraph_IsToldAndNotRepeated()
    {
        _h.Graph.FailNext(403);
        await JoinedAsync();
        await _h.Services.GetRequiredService<MeetingScheduler>().RunDueAsync(CancellationToken.None);

        Assert.Single(_h.Graph.Calls, c => c.Method == "POST");
        Assert.Contains(ToInterviewer, t => t.Contains("I couldn't join **Interview with Marcus**", StringComparison.Ordinal));
        Assert.Empty(SdkCalls);
    }

    [Fact]
    public async Task JoinThatGraphFailsToAnswer_IsNotSentTwice()
    {
        _h.Graph.FailNext(503);
        await JoinedAsync();

        Assert.Single(_h.Graph.Calls, c => c.Method == "POST");
        Assert.Contains(ToInterviewer, t => t.Contains("I couldn't join **Interview with Marcus**", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ZoomLink_IsNotJoinedThroughGraph()
    {
        await Coach.HandleAsync(_h.Teams.Say("schedule https://zoom.us/j/123 2026-12-01T10:00Z"), CancellationToken.None);
        _time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        await _h.Services.GetRequiredService<MeetingScheduler>().RunDueAsync(CancellationToken.None);

        Assert.Empty(_h.Graph.Calls);
        Assert.Contains(ToInterviewer, t => t.Contains("isn't a Teams meeting link", StringComparison.Ordinal));
    }
}

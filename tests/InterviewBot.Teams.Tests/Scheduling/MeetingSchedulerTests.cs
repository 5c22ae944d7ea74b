using InterviewBot.Teams.Coach;
using InterviewBot.Teams.Scheduling;
using InterviewBot.Teams.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InterviewBot.Teams.Tests.Scheduling;

/// <summary>
/// Scheduled joins on a fake clock: installed in a meeting chat, the coach reads the meeting's details from the
/// (loopback) connector and joins at the start minus the lead — once; moved and cancelled meetings are followed.
/// </summary>
public sealed class MeetingSchedulerTests : IAsyncLifetime
{
    private const string MeetingId = TeamsWithGraph.MeetingId;
    private static readonly DateTimeOffset s_now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_start = s_now.AddHours(2);
    private readonly FakeTimeProvider _time = new(s_now);
    private TeamsWithGraph _h = null!;

    public async Task InitializeAsync()
    {
        _h = await TeamsWithGraph.StartAsync(new Dictionary<string, string?> { ["Coach:Schedule:JoinLead"] = "00:01:00", ["Coach:Schedule:RecheckBefore"] = "00:10:00" }, _time);
        _h.Connector.Meetings[MeetingId] = RecordingConnector.MeetingDetails(MeetingId, s_start, s_start.AddMinutes(45), "Interview with Marcus");
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private MeetingScheduler Scheduler => _h.Services.GetRequiredService<MeetingScheduler>();

    private string[] ToInterviewer => _h.ToInterviewer;

    private int Joins => ToInterviewer.Count(t => t.Contains("is starting", StringComparison.Ordinal));

    /// <summary>Moves the clock to <paramref name="at"/> and lets the scheduler do what is due.</summary>
    private async Task AtAsync(DateTimeOffset at)
    {
        _time.SetUtcNow(at);
        await Scheduler.RunDueAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Install_ReadsTheMeetingDetails_AndTellsTheInterviewerWhenItWillJoin()
    {
        await _h.Services.GetRequiredService<ActivityRouter>().HandleAsync(_h.Teams.Installed(), CancellationToken.None);

        Assert.Contains(_h.Connector.Calls, c => c.Method == "GET" && c.Path == $"/v1/meetings/{MeetingId}" && c.Authorization.StartsWith("Bearer ", StringComparison.Ordinal));
        Assert.Contains(ToInterviewer, t => t.Contains("I'll join **Interview with Marcus** at Tue 1 Dec 11:00 UTC (join #1)", StringComparison.Ordinal));
        var join = Assert.Single(await Scheduler.UpcomingAsync(Activities.InterviewerChat, CancellationToken.None));
        Assert.Equal((s_start, new Uri("https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0")), (join.Start, join.JoinUrl));
    }

    [Fact]
    public async Task Join_IsSentOnce_AtTheStartMinusTheLead()
    {
        await _h.Services.GetRequiredService<ActivityRouter>().HandleAsync(_h.Teams.Installed(), CancellationToken.None);

        await AtAsync(s_start.AddMinutes(-1).AddSeconds(-1));
        Assert.Equal(0, Joins);
        await AtAsync(s_start.AddMinutes(-1));
        Assert.Equal(1, Joins);
        await AtAsync(s_start.AddMinutes(5));
        await AtAsync(s_start.AddMinutes(40));

        Assert.Equal(1, Joins);
        Assert.Empty(await Scheduler.UpcomingAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task MovedMeeting_MovesTheJoin()
    {
        await _h.Services.GetRequiredService<ActivityRouter>().HandleAsync(_h.Teams.Installed(), CancellationToken.None);
        var later = s_start.AddHours(1);
        _h.Connector.Meetings[MeetingId] = RecordingConnector.MeetingDetails(MeetingId, later, later.AddMinutes(45), "Interview with Marcus");

        await AtAsync(s_start.AddMinutes(-10)); // the re-check
        await AtAsync(s_start.AddMinutes(-1));
        Assert.Equal(0, Joins);
        Assert.Contains(ToInterviewer, t => t.Contains("moved to Tue 1 Dec 12:00 UTC", StringComparison.Ordinal));
        await AtAsync(later.AddMinutes(-10));
        await AtAsync(later.AddMinutes(-1));

        Assert.Equal(1, Joins);
    }

    [Fact]
    public async Task CancelledMeeting_SendsNoJoin()
    {
        await _h.Services.GetRequiredService<ActivityRouter>().HandleAsync(_h.Teams.Installed(), CancellationToken.None);
        _h.Connector.Meetings.TryRemove(MeetingId, out _);

        await AtAsync(s_start.AddMinutes(-10));
        await AtAsync(s_start.AddMinutes(-1));
        await AtAsync(s_start.AddMinutes(10));

        Assert.Equal(0, Joins);
        Assert.Contains(ToInterviewer, t => t.Contains("was cancelled, so I won't join it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Restart_KeepsTheSchedule()
    {
        await _h.Services.GetRequiredService<ActivityRouter>().HandleAsync(_h.Teams.Installed(), CancellationToken.None);
        await _h.RestartAsync(); // a new process on the same data
        await AtAsync(s_start.AddMinutes(-1));

        Assert.Equal(1, Joins);
    }

    [Fact]
    public async Task RestartMidJoin_DoesNotJoinTwice()
    {
        await _h.Services.GetRequiredService<ActivityRouter>().HandleAsync(_h.Teams.Installed(), CancellationToken.None);
        var store = _h.Services.GetRequiredService<IScheduleStore>();
        var book = await store.LoadAsync(CancellationToken.None);
        await store.SaveAsync([book.Joins[0] with { State = JoinState.Dispatching }], book.Version, CancellationToken.None); // the crash came while sending
        await _h.RestartAsync();
        await AtAsync(s_start.AddMinutes(-1));

        Assert.Equal(0, Joins);
    }

    [Fact]
    public async Task TwoServersSharingTheSchedule_SendTheJoinOnce()
    {
        await _h.Services.GetRequiredService<ActivityRouter>().HandleAsync(_h.Teams.Installed(), CancellationToken.None);
        await using var other = _h.Build(); // a second server: its own coach and joiner, the same (shared) schedule
        var theirs = Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<MeetingScheduler>(other, _h.Services.GetRequiredService<IScheduleStore>());
        _time.SetUtcNow(s_start.AddMinutes(-1));

        var sent = await Task.WhenAll(Scheduler.RunDueAsync(CancellationToken.None), theirs.RunDueAsync(CancellationToken.None));

        Assert.Equal(1, sent.Sum());
        Assert.Equal(1, Joins);
    }

    [Fact]
    public async Task StaleWrite_IsRefused()
    {
        var store = _h.Services.GetRequiredService<IScheduleStore>();
        var read = await store.LoadAsync(CancellationToken.None);
        Assert.Equal(1, await store.SaveAsync([], read.Version, CancellationToken.None));

        Assert.Null(await store.SaveAsync([], read.Version, CancellationToken.None)); // written by someone else since
    }

    [Fact]
    public async Task ServerDownAtTheStart_GivesTheJoinUpInsteadOfJoiningLate()
    {
        await _h.Services.GetRequiredService<ActivityRouter>().HandleAsync(_h.Teams.Installed(), CancellationToken.None);

        await AtAsync(s_start.AddMinutes(31));

        Assert.Equal(0, Joins);
        Assert.Contains(ToInterviewer, t => t.Contains("I missed the start of **Interview with Marcus**", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Commands_ScheduleALink_ListIt_AndCancelIt()
    {
        var coach = _h.Services.GetRequiredService<ActivityRouter>();
        await coach.HandleAsync(_h.Teams.Say("schedule https://zoom.us/j/123456789 2026-12-01T15:30Z"), CancellationToken.None);
        await coach.HandleAsync(_h.Teams.Say("upcoming"), CancellationToken.None);
        await coach.HandleAsync(_h.Teams.Say("cancel 1"), CancellationToken.None);
        await AtAsync(new DateTimeOffset(2026, 12, 1, 15, 30, 0, TimeSpan.Zero));

        var said = ToInterviewer;
        Assert.Contains(said, t => t.Contains("I'll join **zoom.us** at Tue 1 Dec 15:30 UTC (join #1)", StringComparison.Ordinal));
        Assert.Contains(said, t => t.Contains("- **#1** zoom.us, Tue 1 Dec 15:30 UTC", StringComparison.Ordinal));
        Assert.Contains(said, t => t.Contains("Cancelled join #1", StringComparison.Ordinal));
        Assert.Equal(0, Joins);
    }

    [Fact]
    public async Task Schedule_ATeamsLinkAlone_TakesItsStartFromGraph()
    {
        const string link = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_xyz%40thread.v2/0?context=%7b%22Tid%22%3a%22tenant-1%22%2c%22Oid%22%3a%22aad-priya%22%7d";
        _h.Graph.JoinUrl = link;

        await _h.Services.GetRequiredService<ActivityRouter>().HandleAsync(_h.Teams.Say("schedule " + link), CancellationToken.None);

        var lookup = Assert.Single(_h.Graph.Calls);
        Assert.StartsWith("/v1.0/users/aad-priya/onlineMeetings?%24filter=JoinWebUrl%20eq%20", lookup.PathAndQuery, StringComparison.Ordinal);
        var join = Assert.Single(await Scheduler.UpcomingAsync(Activities.InterviewerChat, CancellationToken.None));
        Assert.Equal((new DateTimeOffset(2026, 12, 1, 14, 30, 0, TimeSpan.Zero), "Interview with Marcus"), (join.Start, join.Title));
        Assert.Contains(ToInterviewer, t => t.Contains("I'll join **Interview with Marcus** at Tue 1 Dec 14:30 UTC", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("schedule")]
    [InlineData("schedule https://zoom.us/j/1")]
    [InlineData("schedule https://zoom.us/j/1 tomorrow")]
    [InlineData("schedule https://zoom.us/j/1 2026-12-01T15:30")] // no zone: which 15:30?
    [InlineData("schedule http://zoom.us/j/1 2026-12-01T15:30Z")]
    public async Task Schedule_WithoutALinkAndAZonedStart_ExplainsTheForm(string text)
    {
        await _h.Services.GetRequiredService<ActivityRouter>().HandleAsync(_h.Teams.Say(text), CancellationToken.None);

        Assert.Contains(ToInterviewer, t => t.Contains("Paste the meeting link and its start", StringComparison.Ordinal));
        Assert.Empty(await Scheduler.UpcomingAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task Cancel_SomeoneElsesJoin_IsRefused()
    {
        await _h.Services.GetRequiredService<ActivityRouter>().HandleAsync(_h.Teams.Installed(), CancellationToken.None);

        Assert.Null(await Scheduler.CancelAsync(1, "personal-29:someone-else", CancellationToken.None));
        Assert.Single(await Scheduler.UpcomingAsync(null, CancellationToken.None));
    }
}

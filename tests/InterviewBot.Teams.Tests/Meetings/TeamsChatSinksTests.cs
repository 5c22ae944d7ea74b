using InterviewBot.Core.Coaching;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Live;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Teams.Tests.Meetings;

/// <summary>
/// The interviewer's Teams chat rebuilt from its journaled descriptor on a server that never saw the meeting, against
/// the connector stand-in: repeats and the status card update the activities posted before, new cards are noted.
/// </summary>
public sealed class TeamsChatSinksTests : IAsyncLifetime
{
    private const string SessionId = "session-20261203-180000-0badcafe";
    private TeamsWithGraph _teams = null!;
    private ServiceProvider _serverB = null!;
    private readonly List<SessionEvent> _journal = [];

    private sealed class ListJournal(List<SessionEvent> events) : ISessionJournal
    {
        public ValueTask AppendAsync(string sessionId, SessionEvent e, CancellationToken cancellationToken)
        {
            events.Add(e);
            return ValueTask.CompletedTask;
        }

        public Task<InterviewBot.Core.Journal.JournalReadResult> ReadAsync(string sessionId, CancellationToken cancellationToken) =>
            throw new NotSupportedException("the sinks only append");
    }

    private sealed class StandInSession : ILiveSession
    {
        public string SessionId => TeamsChatSinksTests.SessionId;

        public bool HasAudio => true;

        public TimeSpan Now => TimeSpan.FromMinutes(3);

        public ValueTask PostAsync(SessionEvent e, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public Task<ISessionView?> EndAsync(string reason, CancellationToken cancellationToken) => Task.FromResult<ISessionView?>(null);
    }

    public async Task InitializeAsync()
    {
        _teams = await TeamsWithGraph.StartAsync();
        _serverB = _teams.Build();
    }

    public async Task DisposeAsync()
    {
        await _serverB.DisposeAsync();
        await _teams.DisposeAsync();
    }

    private SinkDescriptor Descriptor() => TeamsChatSinks.Describe(new CoachedMeeting(Activities.MeetingChat, _teams.Connector.BaseUri.ToString(), "tenant-1",
        Activities.Interviewer with { Name = "Priya Nair" }) { PersonalChatId = Activities.InterviewerChat, MeetingId = TeamsWithGraph.MeetingId });

    /// <summary>Server B builds the sink from the descriptor and what server A's sink noted in the journal.</summary>
    private async Task<BuiltSink> RebuildOnServerBAsync(params SinkPosted[] postedOnA)
    {
        _journal.AddRange(postedOnA);
        var notes = new SinkNotes(new ListJournal(_journal), SessionId, TeamsChatSinks.SinkKind, SinkNotes.Read(_journal, TeamsChatSinks.SinkKind));
        var built = await _serverB.GetRequiredService<TeamsChatSinks>().BuildAsync(Descriptor(), new SinkContext(SessionId, notes, new StandInSession(), Resumed: true), CancellationToken.None);
        return Assert.IsType<BuiltSink>(built);
    }

    private static Nudge Leading(int id, int? updates = null, int count = 1) =>
        new(NudgeKinds.LeadingQuestion, TimeSpan.FromSeconds(60 + id), "29:priya", "You'd love that, right?", "The answer is inside the question.", "What would you want instead?")
        { Id = id, Updates = updates, Count = count };

    [Fact]
    public async Task ARepeatAfterTheRebuild_UpdatesTheCardPostedBefore()
    {
        var sink = await RebuildOnServerBAsync(new SinkPosted(TimeSpan.FromSeconds(61), TeamsChatSinks.SinkKind, SinkPosted.NudgeItem(1), "activity-on-a-7"));

        await sink.Sink.DeliverAsync(SessionId, Leading(3, updates: 1, count: 2), CancellationToken.None);

        var update = Assert.Single(_teams.Connector.Calls, c => c.Path.Contains("/activities", StringComparison.Ordinal));
        Assert.Equal("PUT", update.Method);
        Assert.Equal(Activities.InterviewerChat, update.ConversationId);
        Assert.EndsWith("/activities/activity-on-a-7", update.Path, StringComparison.Ordinal);
        Assert.Contains("2 times", update.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANewCardAfterTheRebuild_GoesToTheInterviewersChat_AndIsNoted()
    {
        var sink = await RebuildOnServerBAsync();

        await sink.Sink.DeliverAsync(SessionId, Leading(4), CancellationToken.None);

        var posted = Assert.Single(_teams.Connector.Posted);
        Assert.Equal(Activities.InterviewerChat, posted.ConversationId);
        var noted = Assert.Single(_journal.OfType<SinkPosted>());
        Assert.Equal((SinkPosted.NudgeItem(4), posted.ResponseId), (noted.Item, noted.Reference));
    }

    [Fact]
    public async Task TheStatusCardAfterTheRebuild_UpdatesTheOnePostedBefore()
    {
        var sink = await RebuildOnServerBAsync(new SinkPosted(TimeSpan.Zero, TeamsChatSinks.SinkKind, StatusCard.Item, "activity-on-a-2"));
        var session = CoachFactory.CreateSession();
        session.Apply(new SessionStarted(TimeSpan.Zero, SessionId, SessionSetup.Empty, [new("29:priya", "Priya Nair", ParticipantRole.Interviewer)]));

        await Assert.Single(sink.Observers).OnAppliedAsync(SessionId, new SessionEnded(TimeSpan.FromMinutes(3), "meeting ended"), session, CancellationToken.None);

        var update = Assert.Single(_teams.Connector.Calls, c => c.Path.Contains("/activities", StringComparison.Ordinal));
        Assert.Equal("PUT", update.Method);
        Assert.EndsWith("/activities/activity-on-a-2", update.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRebuildingServer_KnowsTheMeetingFromThen_WithItsSessionLive()
    {
        await RebuildOnServerBAsync();

        var meeting = _serverB.GetRequiredService<MeetingRegistry>().ForPersonalChat(Activities.InterviewerChat);
        Assert.NotNull(meeting);
        Assert.Equal(Activities.MeetingChat, meeting.ChatId);
        Assert.Equal(SessionId, meeting.Live?.SessionId);
        Assert.Equal(TeamsWithGraph.MeetingId, meeting.MeetingId);
    }
}

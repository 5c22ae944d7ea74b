using InterviewBot.Core.Coaching;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Core.Tests.TestSupport;
using static InterviewBot.Core.Tests.TestSupport.Build;

namespace InterviewBot.Core.Tests.Sessions;

public class SessionRebuilderTests
{
    private static readonly SessionEvent[] s_interview =
    [
        Start(),
        .. Turn(Interviewer, 95, 99, "Tell me about the last time you built the schedule."),
        .. Turn(Interviewee, 100, 110, "Last Sunday it took me three hours on a paper calendar."),
        .. Turn(Interviewer, 111, 115, "You hate doing that, right?"),
        .. Ticks(116, 120),
    ];

    [Fact]
    public async Task Journal_RebuildsTheSameUtterancesAndNudges()
    {
        var journal = new MemoryJournal();
        var runner = new SessionRunner(CoachFactory.CreateSession(), "s1", journal, []);
        var running = runner.RunAsync(CancellationToken.None);
        foreach (var e in s_interview) await runner.PostAsync(e, CancellationToken.None);
        runner.Complete();
        await running;

        var read = await journal.ReadAsync("s1", CancellationToken.None);
        var rebuilt = SessionRebuilder.Rebuild(read.Events, CoachFactory.CreateSession());

        Assert.Equal(runner.Session.Utterances, rebuilt.Session.Utterances);
        Assert.Equal(runner.Session.Nudges, rebuilt.Session.Nudges);
        Assert.NotEmpty(rebuilt.Session.Nudges);
        Assert.Empty(rebuilt.Undelivered);
        Assert.Equal(runner.Session.Now, rebuilt.Session.Now);
    }

    [Fact]
    public void NudgeMissingFromJournal_IsHandedBackAsUndelivered()
    {
        // A crash after the utterance was journaled but before its nudge was: the nudge is owed.
        var rebuilt = SessionRebuilder.Rebuild(s_interview, CoachFactory.CreateSession());

        var owed = Assert.Single(rebuilt.Undelivered);
        Assert.Equal(NudgeKinds.LeadingQuestion, owed.Kind);
    }

    [Fact]
    public void JournaledNudgeWithTimesRoundedByTheFile_IsNotHandedBackAgain()
    {
        // The file keeps media times to the millisecond; the nudge recomputed from the journal need not match to the tick.
        var owed = Assert.Single(SessionRebuilder.Rebuild(s_interview, CoachFactory.CreateSession()).Undelivered);
        var asRead = owed with { At = owed.At + TimeSpan.FromTicks(4_000), Moment = owed.Moment + TimeSpan.FromTicks(4_000) };

        var rebuilt = SessionRebuilder.Rebuild([.. s_interview, new NudgeRaised(asRead.At, asRead)], CoachFactory.CreateSession());

        Assert.Empty(rebuilt.Undelivered);
    }

    [Fact]
    public void SinkLines_ChangeNoCoaching_AndAreNotRefused()
    {
        var descriptor = new SinkDescriptor("teams-chat", 1, new Dictionary<string, string>());
        SessionEvent[] withSinks = [s_interview[0], new SinkAttached(TimeSpan.Zero, descriptor), .. s_interview[1..], new SinkPosted(S(116), "teams-chat", "nudge:1", "activity-1")];
        var plain = SessionRebuilder.Rebuild(s_interview, CoachFactory.CreateSession());
        var session = CoachFactory.CreateSession();

        var steps = withSinks.Select(session.Apply).ToArray();

        Assert.DoesNotContain(steps, step => step.IsRejected);
        Assert.Equal(plain.Session.Nudges, session.Nudges);
        Assert.Equal(plain.Session.Utterances, session.Utterances);
    }
}

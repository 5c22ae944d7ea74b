using InterviewBot.Core.Coaching;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Core.Tests.TestSupport;
using static InterviewBot.Core.Tests.TestSupport.Build;

namespace InterviewBot.Core.Tests.Sessions;

public class SessionRunnerTests
{
    private static async Task<(SessionRunner Runner, MemoryJournal Journal, RecordingSink Sink)> RunAsync(IEnumerable<SessionEvent> events)
    {
        var journal = new MemoryJournal();
        var sink = new RecordingSink(journal.Log);
        var runner = new SessionRunner(CoachFactory.CreateSession(), "s1", journal, [sink]);
        var running = runner.RunAsync(CancellationToken.None);
        foreach (var e in events) await runner.PostAsync(e, CancellationToken.None);
        runner.Complete();
        await running;
        return (runner, journal, sink);
    }

    [Fact]
    public async Task EveryEvent_IsJournaledBeforeItsNudgeIsDelivered()
    {
        var (_, journal, sink) = await RunAsync([Start(), .. Turn(Interviewer, 100, 104, "You love how fast it is, right?")]);

        Assert.Equal(NudgeKinds.LeadingQuestion, Assert.Single(sink.Delivered).Kind);
        Assert.Equal(
            ["journal:SessionStarted", "journal:SpeechStarted", "journal:SpeechEnded", "journal:UtteranceFinal", "journal:NudgeRaised", "sink:leading_question"],
            journal.Log);
    }

    [Fact]
    public async Task RejectedEvents_AreReportedAndTheRunGoesOn()
    {
        var (runner, _, _) = await RunAsync([new MediaTick(S(1)), Start(), new SessionEnded(S(2), "bye"), new MediaTick(S(3))]);

        Assert.Equal(2, runner.Rejections.Count);
        Assert.Equal(SessionStatus.Ended, runner.Session.Status);
    }

    [Fact]
    public async Task FullInbox_MakesTheProducerWait()
    {
        var runner = new SessionRunner(CoachFactory.CreateSession(), "s1", new MemoryJournal(), [], capacity: 1);
        await runner.PostAsync(Start(), CancellationToken.None);

        var second = runner.PostAsync(new MediaTick(S(1)), CancellationToken.None);
        Assert.False(second.IsCompleted);

        var running = runner.RunAsync(CancellationToken.None);
        await second;
        runner.Complete();
        await running;
        Assert.Equal(S(1), runner.Session.Now);
    }
}

public class SessionRunnerFailureTests
{
    private sealed class BrokenJournal : InterviewBot.Core.Ports.ISessionJournal
    {
        public ValueTask AppendAsync(string sessionId, SessionEvent e, CancellationToken cancellationToken) =>
            throw new IOException("disk full");

        public Task<InterviewBot.Core.Journal.JournalReadResult> ReadAsync(string sessionId, CancellationToken cancellationToken) =>
            Task.FromResult(InterviewBot.Core.Journal.JournalReadResult.Empty);
    }

    [Fact]
    public async Task FailedConsumer_MakesLaterProducersFailInsteadOfHanging()
    {
        var runner = new SessionRunner(CoachFactory.CreateSession(), "s1", new BrokenJournal(), [], capacity: 1);
        await runner.PostAsync(Start(), CancellationToken.None);

        await Assert.ThrowsAsync<IOException>(() => runner.RunAsync(CancellationToken.None));

        // Without completing the inbox, this post would wait forever for a reader that is gone.
        var error = await Assert.ThrowsAsync<System.Threading.Channels.ChannelClosedException>(() => runner.PostAsync(new MediaTick(S(1)), CancellationToken.None).AsTask());
        Assert.IsType<IOException>(error.InnerException);
    }
}

using InterviewBot.Core.Coaching;
using InterviewBot.Core.ContentPack;
using InterviewBot.Core.Ports;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Local.Artifacts;
using InterviewBot.Local.Journal;
using InterviewBot.Local.Sessions;
using Microsoft.Extensions.Time.Testing;

namespace InterviewBot.Local.Tests.Sessions;

public sealed class LocalSessionDirectoryTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly FakeTimeProvider _time = new();
    private readonly LocalFileJournal _journal;
    private readonly LocalArtifactStore _store;
    private readonly FlakyWriter _writer = new();

    public LocalSessionDirectoryTests()
    {
        _journal = new LocalFileJournal(new LocalJournalOptions { Directory = Path.Combine(_temp.Path, "journals") });
        _store = new LocalArtifactStore(Path.Combine(_temp.Path, "artifacts"));
    }

    public void Dispose()
    {
        _journal.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _temp.Dispose();
    }

    private LocalSessionDirectory Directory(int attempts = 3) =>
        new(_journal, _writer, new EmbeddedContentPackWriter(CoachFactory.Classifier), _store, new PostCallRetryOptions { MaxAttempts = attempts, FirstRetryDelay = TimeSpan.FromSeconds(5) }, _time);

    private static InterviewSession Ended(string id)
    {
        var session = CoachFactory.CreateSession();
        session.Apply(new SessionStarted(TimeSpan.Zero, id, new SessionSetup("learn"), [new Participant("dana", "Dana", ParticipantRole.Interviewer)]));
        session.Apply(new SessionEnded(TimeSpan.FromSeconds(5), "done"));
        return session;
    }

    [Fact]
    public async Task Open_StartedSessionWithoutEnd_ReturnsItsJournal()
    {
        await _journal.AppendAsync("s1", new SessionStarted(TimeSpan.Zero, "s1", new SessionSetup("learn"), []), default);
        await _journal.AppendAsync("s1", new MediaTick(TimeSpan.FromSeconds(1)), default);

        var open = await Directory().OpenAsync("s1", default);

        Assert.Equal(2, open!.Events.Count);
    }

    [Fact]
    public async Task Open_EndedSession_IsNull()
    {
        await _journal.AppendAsync("s1", new SessionStarted(TimeSpan.Zero, "s1", new SessionSetup("learn"), []), default);
        await _journal.AppendAsync("s1", new SessionEnded(TimeSpan.FromSeconds(1), "done"), default);

        Assert.Null(await Directory().OpenAsync("s1", default));
        Assert.Null(await Directory().OpenAsync("never", default));
    }

    [Fact]
    public async Task Complete_TwiceAtOnce_WritesThePostCallOnce()
    {
        var directory = Directory();
        var view = Ended("s1");

        var states = await Task.WhenAll(directory.CompleteAsync(view, default), directory.CompleteAsync(view, default));

        Assert.All(states, s => Assert.Equal(PostCallStatus.Written, s.Status));
        Assert.Equal(1, _writer.Calls);
    }

    [Fact]
    public async Task Complete_AfterARestart_DoesNotRunAgain()
    {
        await Directory().CompleteAsync(Ended("s1"), default);

        var again = await Directory().CompleteAsync(Ended("s1"), default); // a new directory: what a restarted process has

        Assert.Equal(PostCallStatus.Written, again.Status);
        Assert.Equal(1, _writer.Calls);
    }

    [Fact]
    public async Task Complete_FailingOnce_IsRetriedAfterTheBackOff()
    {
        _writer.FailuresLeft = 1;
        var directory = Directory();

        var completing = directory.CompleteAsync(Ended("s1"), default);
        await WaitUntilAsync(() => _writer.Calls == 1);
        Assert.Equal(PostCallStatus.Pending, (await directory.PostCallStateAsync("s1", default)).Status);
        _time.Advance(TimeSpan.FromSeconds(5));
        var state = await completing;

        Assert.Equal((PostCallStatus.Written, 2), (state.Status, state.Attempts));
        Assert.NotNull(await _store.ReadAsync("s1", "snapshot.md", default));
    }

    [Fact]
    public async Task Complete_FailingEveryTime_EndsFailedWithTheReasonInPostCallJson()
    {
        _writer.FailuresLeft = int.MaxValue;
        var directory = Directory(attempts: 2);

        var completing = directory.CompleteAsync(Ended("s1"), default);
        await WaitUntilAsync(() => _writer.Calls == 1);
        _time.Advance(TimeSpan.FromSeconds(5));
        var state = await completing;

        Assert.Equal((PostCallStatus.Failed, 2), (state.Status, state.Attempts));
        Assert.Contains("the writer is down", state.Reason, StringComparison.Ordinal);
        var stored = PostCallStateArtifact.Read(await _store.ReadAsync("s1", PostCallStateArtifact.Name, default));
        Assert.Equal(state, stored);
        Assert.Null(await _store.ReadAsync("s1", "snapshot.md", default));
    }

    [Fact]
    public async Task Recover_EndedSessionWithoutItsPostCall_WritesItFromTheJournal()
    {
        await JournalAsync("ended", end: true);
        await JournalAsync("open", end: false);
        await JournalAsync("done", end: true);
        await Directory().CompleteAsync(Ended("done"), default);

        var recovered = await Directory().RecoverAsync(_journal.SessionIds(), default);

        Assert.Equal(1, recovered);
        Assert.NotNull(await _store.ReadAsync("ended", "snapshot.md", default));
        Assert.Null(await _store.ReadAsync("open", "snapshot.md", default));
        Assert.Equal(2, _writer.Calls); // "done" once before, "ended" now; never "open"
    }

    private async Task JournalAsync(string id, bool end)
    {
        await _journal.AppendAsync(id, new SessionStarted(TimeSpan.Zero, id, new SessionSetup("learn"), [new Participant("dana", "Dana", ParticipantRole.Interviewer)]), default);
        await _journal.AppendAsync(id, new MediaTick(TimeSpan.FromSeconds(1)), default);
        if (end) await _journal.AppendAsync(id, new SessionEnded(TimeSpan.FromSeconds(2), "done"), default);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }

    /// <summary>The embedded writer, failing the first <see cref="FailuresLeft"/> calls.</summary>
    private sealed class FlakyWriter : IPostCallWriter
    {
        private readonly EmbeddedPostCallWriter _inner = new(CoachFactory.Classifier);
        private int _calls;

        public int FailuresLeft { get; set; }

        public int Calls => Volatile.Read(ref _calls);

        public Task<PostCallReport> WriteAsync(ISessionView session, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            if (FailuresLeft-- > 0) throw new HttpRequestException("the writer is down");
            return _inner.WriteAsync(session, cancellationToken);
        }
    }
}

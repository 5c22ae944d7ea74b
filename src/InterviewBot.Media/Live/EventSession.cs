using InterviewBot.Core.Coaching;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Media.Live;

/// <summary>
/// A session fed by posted events only (a meeting without live audio, the demo replay): its own runner with the
/// journal, the nudge sinks and the observers it was given. Its media time is the latest event's.
/// </summary>
public sealed class EventSession : ILiveSession
{
    private readonly SessionRunner _runner;
    private readonly Task _running;
    private long _lastTicks;

    private EventSession(string sessionId, SessionRunner runner)
    {
        SessionId = sessionId;
        _runner = runner;
        _running = runner.RunAsync(CancellationToken.None);
    }

    public string SessionId { get; }

    public bool HasAudio => false;

    public TimeSpan Now => TimeSpan.FromTicks(Interlocked.Read(ref _lastTicks));

    /// <summary>Starts the session with <paramref name="started"/> as its first event.</summary>
    public static async Task<EventSession> StartAsync(SessionStarted started, ISessionJournal journal, IReadOnlyList<INudgeSink> sinks,
        IReadOnlyList<ISessionObserver> observers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(started);
        var runner = new SessionRunner(CoachFactory.CreateSession(), started.SessionId, journal, sinks, observers: observers);
        var session = new EventSession(started.SessionId, runner);
        await session.PostAsync(started, cancellationToken).ConfigureAwait(false);
        return session;
    }

    public async ValueTask PostAsync(SessionEvent e, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e);
        long seen;
        do seen = Interlocked.Read(ref _lastTicks);
        while (e.At.Ticks > seen && Interlocked.CompareExchange(ref _lastTicks, e.At.Ticks, seen) != seen);
        await _runner.PostAsync(e, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ISessionView?> EndAsync(string reason, CancellationToken cancellationToken)
    {
        await PostAsync(new SessionEnded(Now, reason), cancellationToken).ConfigureAwait(false);
        _runner.Complete();
        await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
        return _runner.Session;
    }
}

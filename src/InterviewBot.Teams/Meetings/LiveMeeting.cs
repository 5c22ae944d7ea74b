using InterviewBot.Core.Coaching;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Teams.Meetings;

/// <summary>
/// The session of a meeting while it runs: one runner (journal, rules, nudge sink, status card) fed by
/// the meeting's events, and the demo replay when one is playing. Ending it drains everything first.
/// </summary>
public sealed class LiveMeeting : IDisposable
{
    private readonly SessionRunner _runner;
    private readonly Task _running;
    private long _lastTicks;
    private CancellationTokenSource? _demoStop;
    private Task? _demo;

    private LiveMeeting(string sessionId, SessionRunner runner)
    {
        SessionId = sessionId;
        _runner = runner;
        _running = runner.RunAsync(CancellationToken.None);
    }

    public string SessionId { get; }

    /// <summary>The latest media time posted: where commands such as snooze take effect.</summary>
    public TimeSpan Now => TimeSpan.FromTicks(Interlocked.Read(ref _lastTicks));

    public bool DemoRunning => _demo is { IsCompleted: false };

    public static async Task<LiveMeeting> StartAsync(SessionStarted started, ISessionJournal journal, IReadOnlyList<INudgeSink> sinks,
        IReadOnlyList<ISessionObserver> observers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(started);
        var runner = new SessionRunner(CoachFactory.CreateSession(), started.SessionId, journal, sinks, observers: observers);
        var live = new LiveMeeting(started.SessionId, runner);
        await live.PostAsync(started, cancellationToken).ConfigureAwait(false);
        return live;
    }

    public async ValueTask PostAsync(SessionEvent e, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(e);
        long seen;
        do seen = Interlocked.Read(ref _lastTicks);
        while (e.At.Ticks > seen && Interlocked.CompareExchange(ref _lastTicks, e.At.Ticks, seen) != seen);
        await _runner.PostAsync(e, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Plays a demo into this session in the background; a second demo while one plays is refused.</summary>
    public bool TryStartDemo(Func<LiveMeeting, CancellationToken, Task> play)
    {
        if (DemoRunning) return false;
        _demoStop?.Dispose();
        _demoStop = new CancellationTokenSource();
        var token = _demoStop.Token;
        _demo = Task.Run(() => play(this, token), CancellationToken.None);
        return true;
    }

    /// <summary>Stops any demo, ends the session at the current media time and waits until every event is applied.</summary>
    public async Task<ISessionView> EndAsync(string reason, CancellationToken cancellationToken)
    {
        if (_demoStop is { } stop)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                if (_demo is { } demo) await demo.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopped because the meeting ended: what it posted so far stays in the session.
            }
            stop.Dispose();
            _demoStop = null;
        }
        await PostAsync(new SessionEnded(Now, reason), cancellationToken).ConfigureAwait(false);
        _runner.Complete();
        await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
        return _runner.Session;
    }

    public void Dispose() => _demoStop?.Dispose();
}

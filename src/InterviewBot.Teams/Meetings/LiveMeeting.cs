using InterviewBot.Core.Coaching;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Live;

namespace InterviewBot.Teams.Meetings;

/// <summary>
/// The session of a meeting while it runs: either its own runner (journal, rules, nudge sink, status card) fed by the
/// meeting's events and the demo replay, or — when a meeting bot brings the meeting's audio — the live audio session
/// that audio feeds. Ending it drains everything first.
/// </summary>
public sealed class LiveMeeting : IDisposable
{
    private readonly SessionRunner? _runner;
    private readonly Task? _running;
    private readonly LiveAudioSession? _audio;
    private readonly MediaSessions? _media;
    private long _lastTicks;
    private CancellationTokenSource? _demoStop;
    private Task? _demo;

    private LiveMeeting(string sessionId, SessionRunner runner)
    {
        SessionId = sessionId;
        _runner = runner;
        _running = runner.RunAsync(CancellationToken.None);
    }

    private LiveMeeting(string sessionId, LiveAudioSession audio, MediaSessions media)
    {
        SessionId = sessionId;
        _audio = audio;
        _media = media;
    }

    /// <summary>A meeting whose session is fed by live audio (a meeting bot in the call).</summary>
    public static LiveMeeting FromAudio(string sessionId, LiveAudioSession audio, MediaSessions media) => new(sessionId, audio, media);

    public string SessionId { get; }

    /// <summary>True when the meeting's own audio drives the session.</summary>
    public bool HasAudio => _audio is not null;

    /// <summary>The latest media time: where commands such as snooze take effect.</summary>
    public TimeSpan Now => _audio?.HeardUntil ?? TimeSpan.FromTicks(Interlocked.Read(ref _lastTicks));

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
        if (_audio is not null)
        {
            await _audio.PostControlAsync(_ => e, cancellationToken).ConfigureAwait(false);
            return;
        }
        long seen;
        do seen = Interlocked.Read(ref _lastTicks);
        while (e.At.Ticks > seen && Interlocked.CompareExchange(ref _lastTicks, e.At.Ticks, seen) != seen);
        await _runner!.PostAsync(e, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Plays a demo into this session in the background; a second demo while one plays is refused.</summary>
    public bool TryStartDemo(Func<LiveMeeting, CancellationToken, Task> play)
    {
        if (DemoRunning || HasAudio) return false;
        _demoStop?.Dispose();
        _demoStop = new CancellationTokenSource();
        var token = _demoStop.Token;
        _demo = Task.Run(() => play(this, token), CancellationToken.None);
        return true;
    }

    /// <summary>Stops any demo, ends the session at the current media time and waits until every event is applied.</summary>
    public async Task<ISessionView> EndAsync(string reason, CancellationToken cancellationToken)
    {
        if (_audio is not null)
            return await _media!.EndAsync(SessionId, reason, cancellationToken).ConfigureAwait(false) ?? await _audio.EndAsync(reason, cancellationToken).ConfigureAwait(false);
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
        _runner!.Complete();
        await _running!.WaitAsync(cancellationToken).ConfigureAwait(false);
        return _runner.Session;
    }

    public void Dispose() => _demoStop?.Dispose();
}

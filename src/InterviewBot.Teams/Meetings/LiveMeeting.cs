using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Live;

namespace InterviewBot.Teams.Meetings;

/// <summary>
/// A meeting's session while it runs: one <see cref="ILiveSession"/> (its own events, or the meeting's live audio
/// through the session host) and the demo replay that may play into it. Ending it stops the demo and drains everything.
/// </summary>
public sealed class LiveMeeting(ILiveSession session) : IDisposable
{
    private CancellationTokenSource? _demoStop;
    private Task? _demo;

    public string SessionId => session.SessionId;

    /// <summary>True when the meeting's own audio drives the session.</summary>
    public bool HasAudio => session.HasAudio;

    /// <summary>The latest media time: where commands such as snooze take effect.</summary>
    public TimeSpan Now => session.Now;

    public bool DemoRunning => _demo is { IsCompleted: false };

    public ValueTask PostAsync(SessionEvent e, CancellationToken cancellationToken) => session.PostAsync(e, cancellationToken);

    /// <summary>Plays a demo into this session in the background; refused while one plays, or when the meeting's audio drives it.</summary>
    public bool TryStartDemo(Func<LiveMeeting, CancellationToken, Task> play)
    {
        if (DemoRunning || HasAudio) return false;
        _demoStop?.Dispose();
        _demoStop = new CancellationTokenSource();
        var token = _demoStop.Token;
        _demo = Task.Run(() => play(this, token), CancellationToken.None);
        return true;
    }

    /// <summary>Stops any demo, ends the session and waits until every event is applied; null when it was over already.</summary>
    public async Task<ISessionView?> EndAsync(string reason, CancellationToken cancellationToken)
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
        return await session.EndAsync(reason, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _demoStop?.Dispose();
}

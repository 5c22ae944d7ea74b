using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Media.Live;

/// <summary>
/// A session while it runs, as a channel adapter (a Teams meeting) sees it, whatever feeds it: posted events only
/// (<see cref="EventSession"/>) or a meeting's live audio (<see cref="AudioSessionHandle"/>).
/// </summary>
public interface ILiveSession
{
    /// <summary>The session's id (<see cref="SessionIds"/>).</summary>
    string SessionId { get; }

    /// <summary>True when the meeting's own audio drives the session.</summary>
    bool HasAudio { get; }

    /// <summary>The latest media time: where commands such as snooze take effect.</summary>
    TimeSpan Now { get; }

    /// <summary>Posts one event (a control event such as snooze, or a replayed one) in order with everything else.</summary>
    ValueTask PostAsync(SessionEvent e, CancellationToken cancellationToken);

    /// <summary>Ends the session and waits until every event is applied; null when it was already over (ended elsewhere).</summary>
    Task<ISessionView?> EndAsync(string reason, CancellationToken cancellationToken);
}

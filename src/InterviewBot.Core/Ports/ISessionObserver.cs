using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Ports;

/// <summary>
/// Sees every event a session applied, on the session's own consumer, with the session as it now stands:
/// the place for live views (a status card) that must read the session without racing it.
/// </summary>
public interface ISessionObserver
{
    ValueTask OnAppliedAsync(string sessionId, SessionEvent e, ISessionView session, CancellationToken cancellationToken);
}

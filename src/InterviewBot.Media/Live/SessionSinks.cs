using System.Collections.Concurrent;
using InterviewBot.Core.Ports;

namespace InterviewBot.Media.Live;

/// <summary>
/// Where each live session's nudges and status go — the channel's own sinks (a Teams card, Zoom Team Chat), its
/// observers (a status card), and the socket feed media clients subscribe to — kept apart from the session object,
/// so a session taken up again from its journal in this process gets the same ones back.
/// </summary>
public sealed class SessionSinks
{
    private readonly ConcurrentDictionary<string, Attached> _bySession = new(StringComparer.Ordinal);

    /// <summary>Registers a session's sinks and observers (with a new socket feed) and returns them.</summary>
    public Attached Attach(string sessionId, IReadOnlyList<INudgeSink> sinks, IReadOnlyList<ISessionObserver> observers) =>
        _bySession[sessionId] = new Attached(new NudgeFeed(), sinks, observers);

    /// <summary>The session's registered sinks; a session this process never attached (resumed from another node) gets a socket feed only.</summary>
    public Attached For(string sessionId) => _bySession.GetOrAdd(sessionId, _ => new Attached(new NudgeFeed(), [], []));

    /// <summary>Forgets a session's sinks (it ended).</summary>
    public void Release(string sessionId) => _bySession.TryRemove(sessionId, out _);

    /// <summary>One session's sinks: the socket feed, the channel's sinks, its observers.</summary>
    public sealed record Attached(NudgeFeed Feed, IReadOnlyList<INudgeSink> Channel, IReadOnlyList<ISessionObserver> Observers)
    {
        /// <summary>Every nudge sink: the socket feed first, then the channel's.</summary>
        public IReadOnlyList<INudgeSink> All => [Feed, .. Channel];
    }
}

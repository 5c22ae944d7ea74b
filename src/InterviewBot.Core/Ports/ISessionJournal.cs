using InterviewBot.Core.Journal;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Ports;

/// <summary>Append-only store of a session's events: written before they are acted on, read to rebuild.</summary>
public interface ISessionJournal
{
    /// <summary>Appends one event durably enough to survive a crash of this process.</summary>
    ValueTask AppendAsync(string sessionId, SessionEvent e, CancellationToken cancellationToken);

    /// <summary>Appends several events in order; stores that can write them together (one blob block) override this.</summary>
    async ValueTask AppendBatchAsync(string sessionId, IReadOnlyList<SessionEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var e in events) await AppendAsync(sessionId, e, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads every complete event; damaged lines are reported, never thrown.</summary>
    Task<JournalReadResult> ReadAsync(string sessionId, CancellationToken cancellationToken);
}

using System.Collections.Concurrent;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions.Events;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Cluster.Sessions;

/// <summary>
/// The journal as a media node sees it in the cluster: each append goes to the session's grain, numbered, so that
/// when the grain's silo dies mid-call the append can simply be sent again — the grain reactivates elsewhere from the
/// journal and skips what it already holds. Only events cross the cluster, never audio frames.
/// </summary>
public sealed class GrainSessionJournal(IGrainFactory grains, TimeProvider time, ILogger<GrainSessionJournal> logger) : ISessionJournal
{
    private static readonly TimeSpan s_firstRetry = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan s_maxRetry = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<string, Cursor> _cursors = new(StringComparer.Ordinal);

    /// <summary>How long an append keeps trying while the grain moves (a dead silo is declared dead within this).</summary>
    public TimeSpan RetryBudget { get; init; } = TimeSpan.FromSeconds(60);

    public ValueTask AppendAsync(string sessionId, SessionEvent e, CancellationToken cancellationToken) =>
        AppendBatchAsync(sessionId, [e], cancellationToken);

    public async ValueTask AppendBatchAsync(string sessionId, IReadOnlyList<SessionEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var cursor = _cursors.GetOrAdd(sessionId, _ => new Cursor());
        using var lines = new MemoryStream();
        foreach (var e in events) lines.Write(JournalCodec.EncodeLine(e));
        var bytes = lines.ToArray();
        var grain = grains.GetGrain<ISessionGrain>(sessionId);
        await cursor.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var started = time.GetTimestamp();
            var delay = s_firstRetry;
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await grain.AppendAsync(cursor.Writer, cursor.Next, bytes).WaitAsync(cancellationToken).ConfigureAwait(false);
                    cursor.Next += events.Count;
                    return;
                }
                catch (Exception ex) when (ex is not (JournalGapException or SessionMovedException or ArgumentException or OperationCanceledException)
                    && time.GetElapsedTime(started) < RetryBudget)
                {
                    logger.AppendRetry(sessionId, attempt, ex);
                    await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                    delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, s_maxRetry.Ticks));
                }
            }
        }
        finally
        {
            cursor.Gate.Release();
        }
    }

    public async Task<JournalReadResult> ReadAsync(string sessionId, CancellationToken cancellationToken)
    {
        var lines = await grains.GetGrain<ISessionGrain>(sessionId).ReadAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        return JournalCodec.Decode(lines);
    }

    /// <summary>This node took over a session whose journal holds <paramref name="count"/> events, as writer <paramref name="writer"/>.</summary>
    internal void Continue(string sessionId, long count, int writer)
    {
        var cursor = _cursors.GetOrAdd(sessionId, _ => new Cursor());
        (cursor.Next, cursor.Writer) = (count, writer);
    }

    /// <summary>Forgets an ended session's numbering.</summary>
    internal void Forget(string sessionId) => _cursors.TryRemove(sessionId, out _);

    /// <summary>One session's next event number and this node's writer number; one append at a time so numbers stay in order.</summary>
    private sealed class Cursor
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public long Next { get; set; }

        public int Writer { get; set; }
    }
}

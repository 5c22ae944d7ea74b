using System.Collections.Concurrent;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions.Events;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Azure.Storage;

/// <summary>
/// Rides out a storage outage: while storage answers, each append is stored before it returns (journal before
/// apply); when an append fails, the session's events queue in memory, in order, and coaching goes on, while one
/// flusher per session retries with back-off until storage is back. Past <c>limit</c> queued events the session's
/// journal is declared incomplete — a critical log and <see cref="HealthOf"/> — and stops, never skipping a hole.
/// A conflict (another writer owns the journal) and the caller's cancellation are never buffered.
/// </summary>
public sealed class BufferedSessionJournal(ISessionJournal inner, int limit, TimeProvider time, ILogger<BufferedSessionJournal> logger) : ISessionJournal, IAsyncDisposable
{
    private static readonly TimeSpan s_firstRetry = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan s_maxRetry = TimeSpan.FromSeconds(5);
    private const int FlushBatch = 500; // a few hundred journal lines: far below a blob block's 4 MiB
    private readonly ConcurrentDictionary<string, Backlog> _backlogs = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;

    public async ValueTask AppendAsync(string sessionId, SessionEvent e, CancellationToken cancellationToken)
    {
        var backlog = _backlogs.GetOrAdd(sessionId, _ => new Backlog());
        lock (backlog)
        {
            if (backlog.Incomplete) return; // already reported; nothing after the hole is stored
            if (backlog.Queue.Count > 0)
            {
                Enqueue(sessionId, backlog, e);
                return;
            }
        }
        try
        {
            await inner.AppendAsync(sessionId, e, cancellationToken).ConfigureAwait(false);
            if (e is SessionEnded) Forget(sessionId, backlog);
        }
        catch (Exception ex) when (ex is not JournalConflictException && !cancellationToken.IsCancellationRequested)
        {
            logger.JournalBuffering(sessionId, ex);
            lock (backlog)
            {
                Enqueue(sessionId, backlog, e);
                backlog.Flushing ??= Task.Run(() => FlushAsync(sessionId, backlog), CancellationToken.None);
            }
        }
    }

    public async Task<JournalReadResult> ReadAsync(string sessionId, CancellationToken cancellationToken)
    {
        var stored = await inner.ReadAsync(sessionId, cancellationToken).ConfigureAwait(false);
        if (!_backlogs.TryGetValue(sessionId, out var backlog)) return stored;
        lock (backlog)
            return backlog.Queue.Count == 0 ? stored : stored with { Events = [.. stored.Events, .. backlog.Queue] };
    }

    /// <summary>How a session's journal stands: stored, waiting in memory for storage, or incomplete.</summary>
    public JournalHealth HealthOf(string sessionId)
    {
        if (!_backlogs.TryGetValue(sessionId, out var backlog)) return JournalHealth.Stored;
        lock (backlog)
            return backlog.Incomplete ? new JournalHealth(JournalState.Incomplete, backlog.Queue.Count, backlog.IncompleteFrom)
                : backlog.Queue.Count > 0 ? new JournalHealth(JournalState.Buffered, backlog.Queue.Count, null)
                : JournalHealth.Stored;
    }

    /// <summary>Every session whose journal is not simply stored.</summary>
    public IReadOnlyDictionary<string, JournalHealth> Unhealthy() =>
        _backlogs.Keys.Select(id => (id, Health: HealthOf(id))).Where(s => s.Health.State != JournalState.Stored).ToDictionary(s => s.id, s => s.Health, StringComparer.Ordinal);

    /// <summary>Waits until nothing is buffered (or the wait is cancelled); for orderly shutdown and tests.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        foreach (var backlog in _backlogs.Values)
        {
            Task? flushing;
            lock (backlog) flushing = backlog.Flushing;
            if (flushing is not null) await flushing.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sessions with a backlog entry (an ended session whose journal is stored has none).</summary>
    internal int Tracked => _backlogs.Count;

    /// <summary>An ended session whose journal is all stored needs no entry: a long-running server must not keep one per session it saw.</summary>
    private void Forget(string sessionId, Backlog backlog)
    {
        lock (backlog)
            if (backlog.Queue.Count == 0 && !backlog.Incomplete) _backlogs.TryRemove(new KeyValuePair<string, Backlog>(sessionId, backlog));
    }

    private void Enqueue(string sessionId, Backlog backlog, SessionEvent e)
    {
        if (backlog.Queue.Count >= limit)
        {
            backlog.Incomplete = true;
            backlog.IncompleteFrom = e.At;
            logger.JournalOverflowed(sessionId, limit, e.At);
            return;
        }
        backlog.Queue.Enqueue(e);
    }

    private async Task FlushAsync(string sessionId, Backlog backlog)
    {
        var delay = s_firstRetry;
        var written = 0;
        while (!_stopping.IsCancellationRequested)
        {
            SessionEvent[] next;
            lock (backlog)
            {
                if (backlog.Queue.Count == 0)
                {
                    backlog.Flushing = null;
                    if (backlog.Ended) Forget(sessionId, backlog);
                    break;
                }
                next = [.. backlog.Queue.Take(FlushBatch)];
            }
            try
            {
                await inner.AppendBatchAsync(sessionId, next, _stopping.Token).ConfigureAwait(false);
                lock (backlog)
                {
                    for (var i = 0; i < next.Length; i++) backlog.Queue.Dequeue();
                    backlog.Ended |= next.Any(e => e is SessionEnded);
                }
                written += next.Length;
                delay = s_firstRetry;
            }
            catch (JournalConflictException)
            {
                lock (backlog)
                {
                    backlog.Incomplete = true;
                    backlog.IncompleteFrom = next[0].At;
                    backlog.Flushing = null;
                }
                logger.JournalOverflowed(sessionId, limit, next[0].At);
                return;
            }
            catch (Exception) when (!_stopping.IsCancellationRequested)
            {
                await Task.Delay(delay, time, _stopping.Token).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, s_maxRetry.Ticks));
            }
        }
        if (written > 0) logger.JournalFlushed(sessionId, written);
    }

    public async ValueTask DisposeAsync()
    {
        // Registered both as itself and as the journal, so the container may dispose it twice.
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stopping.CancelAsync().ConfigureAwait(false);
        _stopping.Dispose();
        if (inner is IAsyncDisposable disposable) await disposable.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>One session's events waiting for storage.</summary>
    private sealed class Backlog
    {
        public Queue<SessionEvent> Queue { get; } = new();

        public Task? Flushing { get; set; }

        public bool Incomplete { get; set; }

        /// <summary>The session's end has been stored.</summary>
        public bool Ended { get; set; }

        public TimeSpan? IncompleteFrom { get; set; }
    }
}

/// <summary>Where a session's journal stands, how many events wait in memory, and from when it is incomplete.</summary>
public sealed record JournalHealth(JournalState State, int Buffered, TimeSpan? IncompleteFrom)
{
    public static JournalHealth Stored { get; } = new(JournalState.Stored, 0, null);
}

/// <summary>The states of <see cref="JournalHealth"/>.</summary>
public enum JournalState
{
    Stored,
    Buffered,
    Incomplete,
}

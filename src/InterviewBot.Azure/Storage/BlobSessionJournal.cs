using System.Collections.Concurrent;
using System.Net;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Azure.Storage;

/// <summary>
/// The session journal on append blobs, one per session (<c>{id}.journal.jsonl</c>, the local journal's line format).
/// Appends that arrive within a small window go up as one block; every block is conditional on the append position
/// this writer last saw, so two writers can never interleave lines — the second gets a <see cref="JournalConflictException"/>.
/// An append completes only when its block is stored: journal before apply holds. A torn tail is reported on read.
/// </summary>
public sealed class BlobSessionJournal(BlobContainerClient container, TimeSpan batchWindow, TimeProvider time) : ISessionJournal, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Writer> _writers = new(StringComparer.Ordinal);

    public async ValueTask AppendAsync(string sessionId, SessionEvent e, CancellationToken cancellationToken)
    {
        await WriterOf(sessionId).AppendAsync(JournalCodec.EncodeLine(e), cancellationToken).ConfigureAwait(false);
        if (e is SessionEnded) Release(sessionId);
    }

    /// <summary>Appends the events as one block (up to the 4 MiB a block may hold): all stored, in order, or none.</summary>
    public async ValueTask AppendBatchAsync(string sessionId, IReadOnlyList<SessionEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        using var lines = new MemoryStream();
        foreach (var e in events) lines.Write(JournalCodec.EncodeLine(e));
        await WriterOf(sessionId).AppendAsync(lines.ToArray(), cancellationToken).ConfigureAwait(false);
        if (events.Any(e => e is SessionEnded)) Release(sessionId);
    }

    /// <summary>Writers held for sessions still running (an ended session's is let go).</summary>
    internal int OpenWriters => _writers.Count;

    private Writer WriterOf(string sessionId) =>
        _writers.GetOrAdd(SessionFileName.Validate(sessionId), id => new Writer(container.GetAppendBlobClient(id + ".journal.jsonl"), batchWindow, time));

    /// <summary>
    /// Lets an ended session's writer go, so a long-running server does not keep one per session it ever saw. Not
    /// disposed: nothing appends after the end, and a late append simply opens a new writer after what is stored.
    /// </summary>
    private void Release(string sessionId) => _writers.TryRemove(SessionFileName.Validate(sessionId), out _);

    public async Task<JournalReadResult> ReadAsync(string sessionId, CancellationToken cancellationToken)
    {
        var blob = container.GetAppendBlobClient(SessionFileName.Validate(sessionId) + ".journal.jsonl");
        try
        {
            var content = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return JournalCodec.Decode(content.Value.Content.ToArray());
        }
        catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound)
        {
            return JournalReadResult.Empty;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var writer in _writers.Values) await writer.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>One session's appends: queued lines, one flush at a time, each block conditional on the known length.</summary>
    private sealed class Writer(AppendBlobClient blob, TimeSpan window, TimeProvider time) : IAsyncDisposable
    {
        private readonly SemaphoreSlim _flush = new(1, 1);
        private readonly List<(byte[] Line, TaskCompletionSource Done)> _pending = [];
        private long? _position;

        public async Task AppendAsync(byte[] line, CancellationToken cancellationToken)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_pending) _pending.Add((line, done));
            await _flush.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!done.Task.IsCompleted) await FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _flush.Release();
            }
            await done.Task.ConfigureAwait(false);
        }

        private async Task FlushAsync(CancellationToken cancellationToken)
        {
            // Let appends arriving together share one block.
            if (window > TimeSpan.Zero) await Task.Delay(window, time, cancellationToken).ConfigureAwait(false);
            (byte[] Line, TaskCompletionSource Done)[] batch;
            lock (_pending)
            {
                batch = [.. _pending];
                _pending.Clear();
            }
            if (batch.Length == 0) return;
            try
            {
                _position ??= await OpenAsync(cancellationToken).ConfigureAwait(false);
                var bytes = batch.SelectMany(b => b.Line).ToArray();
                using var stream = new MemoryStream(bytes);
                await blob.AppendBlockAsync(stream, new AppendBlobAppendBlockOptions
                {
                    Conditions = new AppendBlobRequestConditions { IfAppendPositionEqual = _position },
                }, cancellationToken).ConfigureAwait(false);
                _position += bytes.Length;
                foreach (var b in batch) b.Done.TrySetResult();
            }
            catch (RequestFailedException ex) when (ex.Status == (int)HttpStatusCode.PreconditionFailed)
            {
                var conflict = new JournalConflictException($"{blob.Name} was appended by another writer: this process no longer owns the session");
                foreach (var b in batch) b.Done.TrySetException(conflict);
            }
            catch (Exception ex)
            {
                foreach (var b in batch) b.Done.TrySetException(ex);
                throw;
            }
        }

        /// <summary>Creates the blob if needed (never over another's) and returns its length: where our first block must go.</summary>
        private async Task<long> OpenAsync(CancellationToken cancellationToken)
        {
            try
            {
                await blob.CreateAsync(new AppendBlobCreateOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = "application/x-ndjson" },
                    Conditions = new AppendBlobRequestConditions { IfNoneMatch = ETag.All },
                }, cancellationToken).ConfigureAwait(false);
                return 0;
            }
            catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed)
            {
                // A resumed session: go on after what is there. A torn tail stays where it is; reading skips and reports it.
                var properties = await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                return properties.Value.ContentLength;
            }
        }

        public ValueTask DisposeAsync()
        {
            _flush.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

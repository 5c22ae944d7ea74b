using System.Collections.Concurrent;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Local.Journal;

/// <summary>
/// The journal on local disk: one append-only JSON-lines file per session
/// (<c>{directory}/{sessionId}.journal.jsonl</c>), each event written whole in one call.
/// </summary>
public sealed class LocalFileJournal : ISessionJournal, IAsyncDisposable
{
    private const string Suffix = ".journal.jsonl";
    private readonly LocalJournalOptions _options;
    private readonly ConcurrentDictionary<string, Writer> _writers = new(StringComparer.Ordinal);

    public LocalFileJournal(LocalJournalOptions options)
    {
        _options = options;
        System.IO.Directory.CreateDirectory(options.Directory);
    }

    /// <summary>The sessions this folder holds a journal for.</summary>
    public IEnumerable<string> SessionIds() =>
        System.IO.Directory.EnumerateFiles(_options.Directory, "*" + Suffix).Select(f => Path.GetFileName(f)[..^Suffix.Length]);

    public string PathOf(string sessionId) => Path.Combine(_options.Directory, SessionFileName.Validate(sessionId) + Suffix);

    public async ValueTask AppendAsync(string sessionId, SessionEvent e, CancellationToken cancellationToken)
    {
        var writer = _writers.GetOrAdd(sessionId, id => new Writer(PathOf(id)));
        await writer.AppendAsync(JournalCodec.EncodeLine(e), _options.FlushToDisk, cancellationToken).ConfigureAwait(false);
    }

    public async Task<JournalReadResult> ReadAsync(string sessionId, CancellationToken cancellationToken)
    {
        var path = PathOf(sessionId);
        if (!File.Exists(path)) return JournalReadResult.Empty;
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        return JournalCodec.Decode(bytes);
    }

    /// <summary>Closes the file of a session that has ended.</summary>
    public async ValueTask CloseAsync(string sessionId)
    {
        if (_writers.TryRemove(sessionId, out var writer)) await writer.DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var id in _writers.Keys) await CloseAsync(id).ConfigureAwait(false);
    }

    private sealed class Writer : IAsyncDisposable
    {
        private readonly FileStream _stream;
        private readonly SemaphoreSlim _gate = new(1, 1);
        private bool _checkedTail;

        public Writer(string path)
        {
            // bufferSize 1: no user-space buffer, so every line goes to the OS in one write.
            _stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous);
            _stream.Seek(0, SeekOrigin.End);
        }

        public async ValueTask AppendAsync(byte[] line, bool flushToDisk, CancellationToken cancellationToken)
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!_checkedTail) await SealTornTailAsync(cancellationToken).ConfigureAwait(false);
                await _stream.WriteAsync(line, cancellationToken).ConfigureAwait(false);
                if (flushToDisk) _stream.Flush(flushToDisk: true);
            }
            finally
            {
                _gate.Release();
            }
        }

        /// <summary>
        /// After a crash the last line may be cut short. Ending it with a newline keeps the fragment on a
        /// line of its own (reported as damaged) instead of gluing it to the next event.
        /// </summary>
        private async ValueTask SealTornTailAsync(CancellationToken cancellationToken)
        {
            _checkedTail = true;
            if (_stream.Length == 0) return;
            var last = new byte[1];
            _stream.Seek(-1, SeekOrigin.End);
            await _stream.ReadExactlyAsync(last, cancellationToken).ConfigureAwait(false);
            _stream.Seek(0, SeekOrigin.End);
            if (last[0] != (byte)'\n') await _stream.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
        }

        public async ValueTask DisposeAsync()
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
            _gate.Dispose();
        }
    }
}

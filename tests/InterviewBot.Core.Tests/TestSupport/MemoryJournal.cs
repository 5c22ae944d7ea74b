using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Tests.TestSupport;

/// <summary>A journal held as encoded lines in memory, so tests exercise the real line format.</summary>
internal sealed class MemoryJournal : ISessionJournal
{
    private readonly Dictionary<string, List<byte>> _files = new(StringComparer.Ordinal);

    public List<string> Log { get; } = [];

    public ValueTask AppendAsync(string sessionId, SessionEvent e, CancellationToken cancellationToken)
    {
        if (!_files.TryGetValue(sessionId, out var bytes)) _files[sessionId] = bytes = [];
        bytes.AddRange(JournalCodec.EncodeLine(e));
        Log.Add($"journal:{e.GetType().Name}");
        return ValueTask.CompletedTask;
    }

    public Task<JournalReadResult> ReadAsync(string sessionId, CancellationToken cancellationToken) =>
        Task.FromResult(_files.TryGetValue(sessionId, out var bytes) ? JournalCodec.Decode(bytes.ToArray()) : JournalReadResult.Empty);

    public byte[] Bytes(string sessionId) => [.. _files[sessionId]];
}

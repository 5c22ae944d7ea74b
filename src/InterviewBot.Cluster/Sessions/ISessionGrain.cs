namespace InterviewBot.Cluster.Sessions;

/// <summary>
/// The single owner of one interview in the cluster (keyed by session id): it journals and applies the session's
/// events in order, rebuilds itself from the journal wherever it activates, and runs the post-call exactly once.
/// Events travel as journal lines (the core's own format), so the core needs no Orleans serializers.
/// </summary>
public interface ISessionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Appends events given as journal lines, the first being the session's event number <paramref name="firstIndex"/>
    /// (from 0), from writer number <paramref name="writer"/> (0 for the node that started the session, then the number
    /// <see cref="OpenAsync"/> handed out). Events the journal already holds are skipped, so a retried call is harmless;
    /// a call that would leave a hole is refused with <see cref="JournalGapException"/>, and one from a writer that has
    /// been superseded with <see cref="SessionMovedException"/>. Returns how many events the journal holds.
    /// </summary>
    Task<long> AppendAsync(int writer, long firstIndex, byte[] lines);

    /// <summary>
    /// Takes the session over for a new writer (a node its media moved to): the journal so far and the writer number
    /// that fences off every earlier one. Null when the session never started or has ended.
    /// </summary>
    Task<OpenedSession?> OpenAsync();

    /// <summary>The journal's lines (empty when there is none), without taking the session over.</summary>
    Task<byte[]> ReadAsync();

    /// <summary>After the session's end is journaled: schedules its post-call durably (a reminder) and tries it now.</summary>
    Task<PostCallStateSurrogate> CompleteAsync();

    Task<PostCallStateSurrogate> PostCallStateAsync();

    /// <summary>The silo this activation runs on (for operators and failover tests).</summary>
    Task<string> HostAsync();
}

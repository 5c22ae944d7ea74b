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
    /// (from 0). Events the journal already holds are skipped, so a retried call is harmless; a call that would leave a
    /// hole is refused with <see cref="JournalGapException"/>. Returns how many events the journal holds.
    /// </summary>
    Task<long> AppendAsync(long firstIndex, byte[] lines);

    /// <summary>The journal's lines while the session is open; null when it never started or has ended.</summary>
    Task<byte[]?> OpenAsync();

    /// <summary>After the session's end is journaled: schedules its post-call durably (a reminder) and tries it now.</summary>
    Task<PostCallStateSurrogate> CompleteAsync();

    Task<PostCallStateSurrogate> PostCallStateAsync();

    /// <summary>The silo this activation runs on (for operators and failover tests).</summary>
    Task<string> HostAsync();
}

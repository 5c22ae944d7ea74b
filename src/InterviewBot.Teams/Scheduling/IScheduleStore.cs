namespace InterviewBot.Teams.Scheduling;

/// <summary>
/// Keeps scheduled joins across restarts — and, shared by several servers, across the cluster: every write names the
/// version it read, and a write after someone else's is refused, so two servers can never both send one join.
/// </summary>
public interface IScheduleStore
{
    Task<ScheduleBook> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the list if it is still at <paramref name="expectedVersion"/>; returns the new version, or null when another writer came first.</summary>
    Task<long?> SaveAsync(IReadOnlyList<ScheduledJoin> joins, long expectedVersion, CancellationToken cancellationToken);
}

/// <summary>The scheduled joins and the version they were read at.</summary>
public sealed record ScheduleBook(IReadOnlyList<ScheduledJoin> Joins, long Version)
{
    public static ScheduleBook Empty { get; } = new([], 0);
}

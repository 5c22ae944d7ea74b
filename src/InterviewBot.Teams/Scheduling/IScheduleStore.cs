namespace InterviewBot.Teams.Scheduling;

/// <summary>Keeps scheduled joins across restarts.</summary>
public interface IScheduleStore
{
    Task<IReadOnlyList<ScheduledJoin>> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Replaces what is stored, whole (a handful of entries; atomic, so a crash leaves the old or the new list).</summary>
    Task SaveAsync(IReadOnlyList<ScheduledJoin> joins, CancellationToken cancellationToken);
}

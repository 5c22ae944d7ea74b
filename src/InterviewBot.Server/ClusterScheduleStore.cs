using InterviewBot.Cluster.Documents;
using InterviewBot.Teams.Scheduling;

namespace InterviewBot.Server;

/// <summary>In a cluster, the schedule of joins is one shared, versioned document (a grain): every server sees it, one sends each join.</summary>
internal sealed class ClusterScheduleStore(IGrainFactory grains) : IScheduleStore
{
    private IVersionedDocumentGrain Document => grains.GetGrain<IVersionedDocumentGrain>("schedule");

    public async Task<ScheduleBook> LoadAsync(CancellationToken cancellationToken)
    {
        var stored = await Document.ReadAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        return ScheduleJson.Read(stored.Content) with { Version = stored.Version };
    }

    public Task<long?> SaveAsync(IReadOnlyList<ScheduledJoin> joins, long expectedVersion, CancellationToken cancellationToken) =>
        Document.WriteAsync(ScheduleJson.Write(new ScheduleBook(joins, expectedVersion + 1)), expectedVersion).WaitAsync(cancellationToken);
}

namespace InterviewBot.Cluster.Documents;

/// <summary>
/// One small document the whole cluster shares (the schedule of joins), read with its version and replaced only by a
/// writer that read the latest one — so two servers can never both act on the same entry.
/// </summary>
public interface IVersionedDocumentGrain : IGrainWithStringKey
{
    Task<VersionedContent> ReadAsync();

    /// <summary>Replaces the content if it is still at <paramref name="expectedVersion"/>; the new version, or null when another write came first.</summary>
    Task<long?> WriteAsync(byte[] content, long expectedVersion);
}

/// <summary>A document's bytes and version (0: never written).</summary>
[GenerateSerializer, Immutable]
public sealed record VersionedContent([property: Id(0)] byte[] Content, [property: Id(1)] long Version);

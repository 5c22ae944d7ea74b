namespace InterviewBot.Cluster.Documents;

/// <summary>The shared document, kept in grain storage (Azure Table storage in a cluster); one activation serialises its writes.</summary>
public sealed class VersionedDocumentGrain([PersistentState("document", SessionCluster.GrainStorage)] IPersistentState<DocumentState> state) : Grain, IVersionedDocumentGrain
{
    public Task<VersionedContent> ReadAsync() => Task.FromResult(new VersionedContent(state.State.Content, state.State.Version));

    public async Task<long?> WriteAsync(byte[] content, long expectedVersion)
    {
        if (state.State.Version != expectedVersion) return null;
        state.State.Content = content;
        state.State.Version = expectedVersion + 1;
        await state.WriteStateAsync().ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        return state.State.Version;
    }
}

/// <summary>What the grain stores.</summary>
[GenerateSerializer]
public sealed class DocumentState
{
    [Id(0)]
    public byte[] Content { get; set; } = [];

    [Id(1)]
    public long Version { get; set; }
}

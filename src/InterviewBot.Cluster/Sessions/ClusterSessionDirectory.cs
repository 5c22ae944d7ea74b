using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Cluster.Sessions;

/// <summary>Sessions owned by the cluster: one <see cref="ISessionGrain"/> per interview, wherever Orleans places it.</summary>
public sealed class ClusterSessionDirectory(IGrainFactory grains, GrainSessionJournal journal) : ISessionDirectory
{
    public ISessionJournal Journal => journal;

    public async Task<JournalReadResult?> OpenAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (await grains.GetGrain<ISessionGrain>(sessionId).OpenAsync().WaitAsync(cancellationToken).ConfigureAwait(false) is not { } opened) return null;
        var read = JournalCodec.Decode(opened.Lines);
        journal.Continue(sessionId, read.Events.Count, opened.Writer);
        return read;
    }

    public async Task<PostCallState> CompleteAsync(ISessionView ended, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ended);
        var state = await grains.GetGrain<ISessionGrain>(ended.Id).CompleteAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        journal.Forget(ended.Id);
        return state.ToState();
    }

    public async Task<PostCallState> PostCallStateAsync(string sessionId, CancellationToken cancellationToken) =>
        (await grains.GetGrain<ISessionGrain>(sessionId).PostCallStateAsync().WaitAsync(cancellationToken).ConfigureAwait(false)).ToState();
}

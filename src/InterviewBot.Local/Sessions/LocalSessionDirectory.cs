using System.Collections.Concurrent;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Local.Sessions;

/// <summary>
/// One machine owns its sessions: events go straight to the journal, a restarted process resumes an open session
/// from it, and post-call runs here, once per session (a second request joins the first; <c>postcall.json</c> marks
/// it done across restarts), retried with back-off and ending failed — with the reason — rather than dropped.
/// </summary>
public sealed class LocalSessionDirectory(ISessionJournal journal, IPostCallWriter writer, IContentPackWriter packs, IArtifactStore store,
    PostCallRetryOptions retry, TimeProvider time, Action<string, Exception>? onFailure = null) : ISessionDirectory
{
    private readonly ConcurrentDictionary<string, Lazy<Task<PostCallState>>> _runs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PostCallState> _states = new(StringComparer.Ordinal);

    public ISessionJournal Journal => journal;

    public async Task<JournalReadResult?> OpenAsync(string sessionId, CancellationToken cancellationToken)
    {
        var read = await journal.ReadAsync(sessionId, cancellationToken).ConfigureAwait(false);
        return IsOpen(read.Events) ? read : null;
    }

    public Task<PostCallState> CompleteAsync(ISessionView ended, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ended);
        // The run is not tied to one caller's cancellation: it is the session's, and others may be waiting on it.
        return _runs.GetOrAdd(ended.Id, _ => new Lazy<Task<PostCallState>>(() => RunAsync(ended))).Value.WaitAsync(cancellationToken);
    }

    public async Task<PostCallState> PostCallStateAsync(string sessionId, CancellationToken cancellationToken)
    {
        if (_states.TryGetValue(sessionId, out var state)) return state;
        return PostCallStateArtifact.Read(await store.ReadAsync(sessionId, PostCallStateArtifact.Name, cancellationToken).ConfigureAwait(false))
            ?? PostCallState.NotEnded;
    }

    /// <summary>
    /// After a restart: every session whose journal shows it ended but whose post-call never finished (the process
    /// died first) is rebuilt from its journal and completed now. Returns how many were.
    /// </summary>
    public async Task<int> RecoverAsync(IEnumerable<string> sessionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sessionIds);
        var recovered = 0;
        foreach (var id in sessionIds)
        {
            // The small state file first: most sessions are long done, and their journals need not be read.
            if ((await PostCallStateAsync(id, cancellationToken).ConfigureAwait(false)).Status is PostCallStatus.Written or PostCallStatus.Failed) continue;
            var events = (await journal.ReadAsync(id, cancellationToken).ConfigureAwait(false)).Events;
            if (events is not [SessionStarted, ..] || !events.Any(e => e is SessionEnded)) continue;
            var session = SessionRebuilder.Rebuild(events, Core.Coaching.CoachFactory.CreateSession()).Session;
            await CompleteAsync(session, cancellationToken).ConfigureAwait(false);
            recovered++;
        }
        return recovered;
    }

    /// <summary>True when a journal holds a started session that has not ended.</summary>
    public static bool IsOpen(IReadOnlyList<SessionEvent> events) =>
        events is [SessionStarted, ..] && !events.Any(e => e is SessionEnded);

    private async Task<PostCallState> RunAsync(ISessionView ended)
    {
        if (await PostCallStateAsync(ended.Id, CancellationToken.None).ConfigureAwait(false) is { Status: PostCallStatus.Written or PostCallStatus.Failed } done)
            return done;
        var max = Math.Max(1, retry.MaxAttempts);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await PostCallRun.RunAsync(ended, writer, packs, store, CancellationToken.None, time).ConfigureAwait(false);
                return await FinishAsync(ended.Id, new PostCallState(PostCallStatus.Written, attempt)).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                onFailure?.Invoke(ended.Id, ex);
                if (attempt >= max)
                    return await FinishAsync(ended.Id, new PostCallState(PostCallStatus.Failed, attempt, $"{ex.GetType().Name}: {ex.Message}")).ConfigureAwait(false);
                _states[ended.Id] = new PostCallState(PostCallStatus.Pending, attempt, ex.Message);
                await Task.Delay(retry.DelayBefore(attempt + 1), time).ConfigureAwait(false);
            }
        }
    }

    private async Task<PostCallState> FinishAsync(string sessionId, PostCallState state)
    {
        _states[sessionId] = state;
        await store.WriteAsync(sessionId, PostCallStateArtifact.Create(state), CancellationToken.None).ConfigureAwait(false);
        return state;
    }
}

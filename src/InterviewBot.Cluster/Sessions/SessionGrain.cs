using InterviewBot.Core.Coaching;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewBot.Cluster.Sessions;

/// <summary>
/// One interview's owner in the cluster. Orleans guarantees a single activation and runs its calls one at a time,
/// so events are journaled and applied strictly in order. Its state is the journal (read back on activation — on any
/// silo, after a crash or a move) plus the post-call's standing in grain storage; the post-call is scheduled with a
/// durable reminder before it is tried, so a silo dying mid-post-call only delays it.
/// </summary>
public sealed class SessionGrain(
    [PersistentState("session", SessionCluster.GrainStorage)] IPersistentState<SessionGrainState> state,
    ISessionJournal journal, IPostCallWriter writer, IContentPackWriter packs, IArtifactStore store,
    IOptions<PostCallRetryOptions> retry, IOptions<ReminderOptions> reminders, TimeProvider time, ILogger<SessionGrain> logger) : Grain, ISessionGrain, IRemindable
{
    private const string PostCallReminder = "postcall";
    private InterviewSession _session = CoachFactory.CreateSession();
    private long _count;
    private bool _started;
    private bool _ended;

    private string Id => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var read = await journal.ReadAsync(Id, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        _session = CoachFactory.CreateSession();
        foreach (var e in read.Events) Apply(e);
        _count = read.Events.Count;
        logger.SessionActivated(Id, RuntimeIdentity, _count);
    }

    public async Task<long> AppendAsync(int writer, long firstIndex, byte[] lines)
    {
        if (writer != state.State.Writer)
            throw new SessionMovedException($"session {Id} was taken over by writer {state.State.Writer}; writer {writer} may no longer append");
        var decoded = JournalCodec.Decode(lines);
        if (decoded.Defects.Count > 0) throw new ArgumentException($"line {decoded.Defects[0].Line} is not a journal event: {decoded.Defects[0].Reason}", nameof(lines));
        if (firstIndex > _count) throw new JournalGapException(_count, firstIndex);
        var fresh = decoded.Events.Skip((int)Math.Min(decoded.Events.Count, _count - firstIndex)).ToArray();
        if (fresh.Length == 0) return _count; // a retry of what is already journaled
        await journal.AppendBatchAsync(Id, fresh, CancellationToken.None).AsTask().ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        // Counted as soon as they are stored: a retry of this call must find them journaled, whatever applying them does.
        _count += fresh.Length;
        foreach (var e in fresh) Apply(e);
        return _count;
    }

    public async Task<OpenedSession?> OpenAsync()
    {
        if (!_started || _ended) return null;
        state.State.Writer++;
        await state.WriteStateAsync().ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        return new OpenedSession(await ReadAsync().ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext), state.State.Writer);
    }

    public async Task<PostCallStateSurrogate> CompleteAsync()
    {
        if (!_ended) return PostCallStateSurrogate.From(PostCallState.NotEnded);
        if (PostCall.Status is PostCallStatus.Written or PostCallStatus.Failed) return state.State.PostCall;
        if (PostCall.Status != PostCallStatus.Pending)
        {
            state.State.PostCall = PostCallStateSurrogate.From(new PostCallState(PostCallStatus.Pending));
            await state.WriteStateAsync().ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        }
        // Durable intent first: should this silo die from here on, the reminder wakes the grain elsewhere to finish.
        var every = retry.Value.DelayBefore(2) < reminders.Value.MinimumReminderPeriod ? reminders.Value.MinimumReminderPeriod : retry.Value.DelayBefore(2);
        await this.RegisterOrUpdateReminder(PostCallReminder, every, every).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        return await AttemptPostCallAsync().ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
    }

    public Task<PostCallStateSurrogate> PostCallStateAsync() => Task.FromResult(state.State.PostCall);

    public Task<string> HostAsync() => Task.FromResult(RuntimeIdentity);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != PostCallReminder) return;
        if (_ended && PostCall.Status == PostCallStatus.Pending) await AttemptPostCallAsync().ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        else await ForgetReminderAsync().ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
    }

    private PostCallState PostCall => state.State.PostCall.ToState();

    private void Apply(SessionEvent e)
    {
        _started |= e is SessionStarted;
        _ended |= e is SessionEnded;
        // Nudges are journaled by whoever raised them; applying the inputs raises the same ones here.
        if (e is NudgeRaised) return;
        try
        {
            _session.Apply(e);
        }
        catch (Exception ex)
        {
            // The journal holds the event either way; a coaching fault must not make the owner refuse the session.
            logger.ApplyFailed(Id, e.GetType().Name, ex);
        }
    }

    private async Task<PostCallStateSurrogate> AttemptPostCallAsync()
    {
        var attempt = PostCall.Attempts + 1;
        PostCallState next;
        try
        {
            await PostCallRun.RunAsync(_session, writer, packs, store, CancellationToken.None, time).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
            next = new PostCallState(PostCallStatus.Written, attempt);
        }
        catch (Exception ex)
        {
            var last = attempt >= Math.Max(1, retry.Value.MaxAttempts);
            next = new PostCallState(last ? PostCallStatus.Failed : PostCallStatus.Pending, attempt, $"{ex.GetType().Name}: {ex.Message}");
            if (last) logger.PostCallFailed(Id, attempt, next.Reason!);
            else logger.PostCallAttemptFailed(Id, attempt, ex);
        }
        state.State.PostCall = PostCallStateSurrogate.From(next);
        await state.WriteStateAsync().ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        if (next.Status != PostCallStatus.Pending)
        {
            await store.WriteAsync(Id, PostCallStateArtifact.Create(next), CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
            await ForgetReminderAsync().ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
            DeactivateOnIdle();
        }
        return state.State.PostCall;
    }

    private async Task ForgetReminderAsync()
    {
        if (await this.GetReminder(PostCallReminder).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext) is { } reminder)
            await this.UnregisterReminder(reminder).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
    }

    public async Task<byte[]> ReadAsync()
    {
        var read = await journal.ReadAsync(Id, CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.ContinueOnCapturedContext);
        using var lines = new MemoryStream();
        foreach (var e in read.Events) lines.Write(JournalCodec.EncodeLine(e));
        return lines.ToArray();
    }
}

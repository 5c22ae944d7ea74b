using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Communications.Calls;
using Microsoft.Graph.Models;
using Microsoft.Graph.Communications.Resources;
using GraphParticipant = Microsoft.Graph.Models.Participant;
using SessionParticipant = InterviewBot.Core.Sessions.Participant;

namespace InterviewBot.Teams.Calling;

/// <summary>
/// Turns the calling SDK's events for a coached call into what the coach does: the interviewer hears when the bot is in
/// the call and how it ended; people in the SDK's participants collection join the live session (the interviewer is
/// known by their Entra id, everyone else is an interviewee; bots and people in the lobby are not in it) and leave it.
/// </summary>
public sealed class CallFollower(MeetingRegistry meetings, InterviewerChannel channel, ILogger<CallFollower> logger)
{
    private readonly object _gate = new();
    private Task _tail = Task.CompletedTask;

    /// <summary>
    /// Runs <paramref name="work"/> after everything posted before it. The SDK raises its events synchronously on its
    /// notification queue; what they cause (messages, session events) is async and must keep their order.
    /// </summary>
    public void Post(Func<Task> work)
    {
        lock (_gate) _tail = _tail.ContinueWith(_ => RunAsync(work), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
    }

    /// <summary>
    /// Subscribes to a call's state and roster; the SDK keeps both, this only reacts to their changes. A call the SDK
    /// already saw established (a notification handled before this subscribed) is told too, once.
    /// </summary>
    public void Follow(ICall call, CoachedCall coached, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(call);
        var told = 0;
        void Established()
        {
            if (Interlocked.Exchange(ref told, 1) == 0) Post(() => TellAsync(coached, $"📞 I'm in the call for **{coached.Name}**.", stopping));
        }
        call.OnUpdated += (_, args) =>
        {
            if (args.NewResource?.State == CallState.Established && args.OldResource?.State != CallState.Established) Established();
        };
        call.Participants.OnUpdated += (_, args) => OnRoster(coached, args, stopping);
        if (call.Resource.State == CallState.Established) Established();
    }

    /// <summary>Graph ended the call: a failed join says why (its resultInfo), anything else that the coach left.</summary>
    public Task OnEndedAsync(CoachedCall coached, Call? last, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coached);
        var result = last?.ResultInfo;
        var text = result?.Code >= 400
            ? $"I couldn't join the call for **{coached.Name}**: {result.Message ?? "Teams ended it"} (code {result.Code}/{result.Subcode})."
            : $"I've left the call for **{coached.Name}**.";
        return TellAsync(coached, text, cancellationToken);
    }

    public async Task TellAsync(CoachedCall coached, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coached);
        if (meetings.Find(coached.MeetingKey) is { } meeting)
            await channel.SendAsync(meeting, Activity.Message(text), "call", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Added people who are in the call join; those added in the lobby join when a later update admits them (their own
    /// OnUpdated, old and new resource); removed people who had been in the call leave.
    /// </summary>
    private void OnRoster(CoachedCall coached, CollectionEventArgs<IParticipant> args, CancellationToken stopping)
    {
        foreach (var added in args.AddedResources)
        {
            added.OnUpdated += (_, change) =>
            {
                if (change.OldResource?.IsInLobby == true && change.NewResource?.IsInLobby != true && Person(change.NewResource) is { } admitted)
                    Post(() => JoinedAsync(coached, admitted, stopping));
            };
            if (added.Resource.IsInLobby != true && Person(added.Resource) is { } person) Post(() => JoinedAsync(coached, person, stopping));
        }
        foreach (var removed in args.RemovedResources)
            if (removed.Resource.IsInLobby != true && Person(removed.Resource) is { } person) Post(() => LeftAsync(coached, person, stopping));
    }

    /// <summary>A user in the roster (Entra id, name); null for applications (the bot itself) and anyone without a user identity.</summary>
    private static Identity? Person(GraphParticipant? p) =>
        p?.Info?.Identity is { User: { Id: { Length: > 0 } } user, Application: null } ? user : null;

    private async Task JoinedAsync(CoachedCall coached, Identity person, CancellationToken cancellationToken)
    {
        var meeting = meetings.Find(coached.MeetingKey);
        if (person.Id == meeting?.Interviewer.AadObjectId || meeting?.Live is not { } live) return; // the interviewer is in the session already
        var joined = new SessionParticipant("aad:" + person.Id, person.DisplayName ?? "Participant", ParticipantRole.Interviewee);
        await live.PostAsync(new ParticipantJoined(live.Now, joined), cancellationToken).ConfigureAwait(false);
    }

    private async Task LeftAsync(CoachedCall coached, Identity person, CancellationToken cancellationToken)
    {
        var meeting = meetings.Find(coached.MeetingKey);
        if (person.Id == meeting?.Interviewer.AadObjectId || meeting?.Live is not { } live) return;
        await live.PostAsync(new ParticipantLeft(live.Now, "aad:" + person.Id), cancellationToken).ConfigureAwait(false);
    }

    private async Task RunAsync(Func<Task> work)
    {
        try
        {
            await work().ConfigureAwait(false);
        }
#pragma warning disable CA1031 // the last line of the SDK's event chain: a failed message or session event is logged, and later call news still runs
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.DeliveryFailed("call news", ex.Message);
        }
    }
}

using System.Collections.Concurrent;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Teams.Graph;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Protocol;
using InterviewBot.Teams.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewBot.Teams.Calling;

/// <summary>
/// The coach in a Teams call through Microsoft Graph (<c>Coach:MediaDoor=graph</c>): it joins scheduled meetings as
/// the bot, follows each call's state and roster from the (validated) notifications — telling the interviewer when it
/// is in and out, and turning the roster into the session's participants and roles — and hangs up when the meeting
/// ends or at the planned length plus a grace period.
/// </summary>
public sealed class MeetingCalls(MeetingGraph graph, MeetingRegistry meetings, InterviewerChannel channel, IOptions<CallingOptions> calling,
    IOptions<CoachOptions> coach, IOptions<BotOptions> bot, TimeProvider time, ILogger<MeetingCalls> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, TrackedCall> _calls = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;

    /// <summary>The calls the coach is in (or joining), by call id.</summary>
    public IReadOnlyDictionary<string, TrackedCall> Calls => _calls;

    /// <summary>True when the coach is in (or joining) a call of this meeting.</summary>
    public bool InCall(string meetingKey) => _calls.Values.Any(c => c.MeetingKey == meetingKey);

    /// <summary>
    /// Joins a Teams meeting's call as the bot: service-hosted media, or application-hosted with a media worker's
    /// <paramref name="mediaBlob"/>. Only Teams links can be joined this way; the outcome says what happened.
    /// </summary>
    public async Task<JoinOutcome> JoinAsync(string meetingKey, string name, Uri joinUrl, DateTimeOffset start, DateTimeOffset? end, string? interviewerId,
        string? mediaBlob, CancellationToken cancellationToken)
    {
        if (TeamsJoinUrl.Parse(joinUrl) is not { } link)
            return new JoinOutcome(false, $"**{name}** isn't a Teams meeting link, and I can only join Teams calls myself.");
        if (coach.Value.PublicBaseUrl is not { } publicBase)
            return new JoinOutcome(false, $"I can't join **{name}**: Coach:PublicBaseUrl (where Teams sends call news) is not configured.");
        var meeting = meetings.Find(meetingKey);
        var organizer = link.OrganizerId ?? meeting?.OrganizerId ?? interviewerId;
        var tenant = link.TenantId ?? meeting?.TenantId ?? bot.Value.TenantId;
        var callId = await graph.JoinCallAsync(link, organizer, tenant, new Uri(publicBase, "api/calling"), mediaBlob, cancellationToken).ConfigureAwait(false);
        var planned = meeting?.Setup.PlannedLength is { } length ? start + length : end ?? start + TimeSpan.FromHours(1);
        var call = new TrackedCall(callId, meetingKey, name, planned + calling.Value.HangUpGrace);
        _calls[callId] = call;
        _ = HangUpWhenOverdueAsync(call);
        logger.CallChanged(meetingKey, callId, "joining");
        return new JoinOutcome(true, $"**{name}** is starting: I'm joining the call (you'll see me in the participants list).");
    }

    /// <summary>Acts on a validated notification's updates, in order.</summary>
    public async Task HandleAsync(IReadOnlyList<CallUpdate> updates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        foreach (var update in updates)
        {
            if (!_calls.TryGetValue(update.CallId, out var call)) continue; // not one of ours (or already over)
            if (update.State is { } state) await OnStateAsync(call, state, cancellationToken).ConfigureAwait(false);
            if (update.Participants is { } roster) await OnRosterAsync(call, roster, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Leaves every call of a meeting (it ended).</summary>
    public async Task HangUpAsync(string meetingKey, CancellationToken cancellationToken)
    {
        foreach (var call in _calls.Values.Where(c => c.MeetingKey == meetingKey).ToArray())
        {
            if (!_calls.TryRemove(call.CallId, out _)) continue;
            await graph.HangUpAsync(call.CallId, cancellationToken).ConfigureAwait(false);
            logger.CallChanged(meetingKey, call.CallId, "left");
        }
    }

    private async Task OnStateAsync(TrackedCall call, string state, CancellationToken cancellationToken)
    {
        var previous = call.State;
        call.State = state;
        if (state == previous) return;
        switch (state)
        {
            case "established":
                await TellAsync(call, $"📞 I'm in the call for **{call.Name}**.", cancellationToken).ConfigureAwait(false);
                break;
            case "terminated":
                _calls.TryRemove(call.CallId, out _);
                await TellAsync(call, $"I've left the call for **{call.Name}**.", cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Newcomers join the session (the interviewer is known by their Entra id, everyone else is an interviewee); those gone leave it.</summary>
    private async Task OnRosterAsync(TrackedCall call, IReadOnlyList<CallParticipant> roster, CancellationToken cancellationToken)
    {
        var people = roster.Where(p => !p.IsBot && !p.InLobby).ToArray();
        var meeting = meetings.Find(call.MeetingKey);
        var interviewerAad = meeting?.Interviewer.AadObjectId;
        foreach (var p in people)
        {
            if (!call.Present.TryAdd(p.Id, p.Name)) continue;
            if (p.Id == interviewerAad || meeting?.Live is not { } live) continue; // the interviewer is in the session already
            var role = ParticipantRole.Interviewee;
            await live.PostAsync(new ParticipantJoined(live.Now, new Participant("aad:" + p.Id, p.Name ?? "Participant", role)), cancellationToken).ConfigureAwait(false);
        }
        foreach (var gone in call.Present.Keys.Except(people.Select(p => p.Id)).ToArray())
        {
            call.Present.TryRemove(gone, out _);
            if (gone != interviewerAad && meeting?.Live is { } live)
                await live.PostAsync(new ParticipantLeft(live.Now, "aad:" + gone), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task HangUpWhenOverdueAsync(TrackedCall call)
    {
        try
        {
            var wait = call.HangUpAt - time.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, _stopping.Token).ConfigureAwait(false);
            if (!_calls.TryRemove(call.CallId, out _)) return;
            await graph.HangUpAsync(call.CallId, _stopping.Token).ConfigureAwait(false);
            await TellAsync(call, $"**{call.Name}** ran past its planned length, so I've left the call.", _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // shutting down
        }
        catch (Exception ex) when (ex is Connector.ConnectorException or HttpRequestException)
        {
            logger.DeliveryFailed("hang up", ex.Message);
        }
    }

    private async Task TellAsync(TrackedCall call, string text, CancellationToken cancellationToken)
    {
        if (meetings.Find(call.MeetingKey) is { } meeting)
            await channel.SendAsync(meeting, Activity.Message(text), "call", cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        // Registered as itself and as the meeting joiner, so the container may dispose it twice.
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _stopping.Cancel();
        _stopping.Dispose();
    }
}

/// <summary>A call the coach is in: which meeting, its latest state, who is present, and when it leaves at the latest.</summary>
public sealed class TrackedCall(string callId, string meetingKey, string name, DateTimeOffset hangUpAt)
{
    public string CallId { get; } = callId;

    public string MeetingKey { get; } = meetingKey;

    public string Name { get; } = name;

    public DateTimeOffset HangUpAt { get; } = hangUpAt;

    public string? State { get; set; }

    /// <summary>Entra ids and names of the people in the call now.</summary>
    public ConcurrentDictionary<string, string?> Present { get; } = new(StringComparer.Ordinal);
}

using System.Collections.Concurrent;
using InterviewBot.Teams.Connector;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Protocol;
using InterviewBot.Teams.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Communications.Calls;
using Microsoft.Graph.Communications.Client;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace InterviewBot.Teams.Calling;

/// <summary>
/// The coach in a Teams call through Microsoft Graph (<c>Coach:MediaDoor=graph</c>), on the calling SDK's stateful
/// client: it joins scheduled meetings as the bot, answers calls into meetings it coaches (and rejects others), follows
/// each call's state and roster through the SDK's events (<see cref="CallFollower"/>), and hangs up when the meeting
/// ends or at the planned length plus a grace period. The SDK keeps the calls and participants; this keeps which
/// meeting each call is for.
/// </summary>
public sealed class MeetingCalls(CallingClient calling, CallFollower follower, MeetingRegistry meetings,
    IOptions<CallingOptions> options, IOptions<BotOptions> bot, TimeProvider time, ILogger<MeetingCalls> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, CoachedCall> _coached = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private int _incomingSubscribed;
    private int _disposed;

    /// <summary>True when the coach is in (or joining) a call of this meeting.</summary>
    public bool InCall(string meetingKey) => _coached.Values.Any(c => c.MeetingKey == meetingKey);

    /// <summary>
    /// Joins a Teams meeting's call as the bot: service-hosted media, or application-hosted with a media worker's
    /// <paramref name="mediaBlob"/>. Only Teams links can be joined this way; the outcome says what happened.
    /// </summary>
    public async Task<JoinOutcome> JoinAsync(string meetingKey, string name, Uri joinUrl, DateTimeOffset start, DateTimeOffset? end, string? interviewerId,
        string? mediaBlob, CancellationToken cancellationToken)
    {
        if (TeamsJoinUrl.Parse(joinUrl) is not { } link)
            return new JoinOutcome(false, $"**{name}** isn't a Teams meeting link, and I can only join Teams calls myself.");
        var (client, unavailable) = calling.Get();
        if (client is null) return new JoinOutcome(false, $"I can't join **{name}**: {unavailable}.");
        Subscribe(client);
        var meeting = meetings.Find(meetingKey);
        var tenant = link.TenantId ?? meeting?.TenantId ?? bot.Value.TenantId;
        var resource = new Call
        {
            TenantId = tenant,
            RequestedModalities = [Modality.Audio],
            MediaConfig = mediaBlob is null ? new ServiceHostedMediaConfig() : new AppHostedMediaConfig { Blob = mediaBlob },
            ChatInfo = new ChatInfo { ThreadId = link.ThreadId, MessageId = link.MessageId },
            MeetingInfo = new OrganizerMeetingInfo
            {
                Organizer = new IdentitySet
                {
                    User = new Identity
                    {
                        Id = link.OrganizerId ?? meeting?.OrganizerId ?? interviewerId,
                        AdditionalData = new Dictionary<string, object> { ["tenantId"] = tenant ?? "" },
                    },
                },
            },
        };
        var call = await GraphAsync(() => client.Calls().AddAsync(resource, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var planned = meeting?.Setup.PlannedLength is { } length ? start + length : end ?? start + TimeSpan.FromHours(1);
        Coach(call, new CoachedCall(call.Id, meetingKey, name, planned + options.Value.HangUpGrace));
        return new JoinOutcome(true, $"**{name}** is starting: I'm joining the call (you'll see me in the participants list).");
    }

    /// <summary>
    /// A notification whose token CallingTokenValidator accepted, handed to the SDK (CallingClient.Process); the coach
    /// listens to the SDK's call collection first, so an incoming call is answered even before the coach joined any.
    /// </summary>
    public NotificationOutcome Process(string body, string? tenantId, Guid requestId)
    {
        if (calling.Get().Client is { } client) Subscribe(client);
        return calling.Process(body, tenantId, requestId);
    }

    /// <summary>Leaves every call of a meeting (it ended).</summary>
    public async Task HangUpAsync(string meetingKey, CancellationToken cancellationToken)
    {
        foreach (var call in _coached.Values.Where(c => c.MeetingKey == meetingKey).ToArray())
        {
            if (!_coached.TryRemove(call.CallId, out _)) continue;
            await LeaveAsync(call.CallId, cancellationToken).ConfigureAwait(false);
            logger.CallChanged(meetingKey, call.CallId, "left");
        }
    }

    /// <summary>The SDK's collection events: incoming calls are answered or rejected; a call gone from it is over.</summary>
    private void Subscribe(ICommunicationsClient client)
    {
        if (Interlocked.Exchange(ref _incomingSubscribed, 1) == 1) return;
        client.Calls().OnIncoming += (_, args) =>
        {
            foreach (var call in args.AddedResources) follower.Post(() => OnIncomingAsync(call));
        };
        client.Calls().OnUpdated += (_, args) =>
        {
            foreach (var call in args.RemovedResources) Ended(call.Id, call.Resource);
        };
    }

    /// <summary>Graph ended the call (a <c>deleted</c> notification, or a state of terminated): the interviewer hears how, once.</summary>
    private void Ended(string callId, Call last)
    {
        if (_coached.TryRemove(callId, out var coached)) follower.Post(() => follower.OnEndedAsync(coached, last, _stopping.Token));
    }

    private void Coach(ICall call, CoachedCall coached)
    {
        _coached[call.Id] = coached;
        call.OnUpdated += (sender, args) => { if (args.NewResource?.State == CallState.Terminated) Ended(sender.Id, args.NewResource); };
        follower.Follow(call, coached, _stopping.Token);
        _ = HangUpWhenOverdueAsync(coached);
        logger.CallChanged(coached.MeetingKey, call.Id, "joining");
    }

    /// <summary>
    /// A call into a meeting the coach is set up in, while it is not in that meeting's call, is answered (service-hosted:
    /// presence and roster; with a media worker the coach joins itself at the meeting's start instead); any other is rejected.
    /// </summary>
    private async Task OnIncomingAsync(ICall call)
    {
        var meeting = call.Resource.ChatInfo?.ThreadId is { } thread ? meetings.Find(thread) : null;
        try
        {
            if (meeting is null || options.Value.MediaWorkerUrl is not null || InCall(meeting.ChatId))
            {
                var reason = meeting is null ? RejectReason.None : RejectReason.Busy;
                await GraphAsync(async () => { await call.RejectAsync(reason, cancellationToken: _stopping.Token).ConfigureAwait(false); return call; }).ConfigureAwait(false);
                logger.CallChanged(meeting?.ChatId ?? "-", call.Id, reason == RejectReason.Busy ? "rejected (busy)" : "rejected");
                return;
            }
            var length = meeting.Setup.PlannedLength ?? TimeSpan.FromHours(1);
            Coach(call, new CoachedCall(call.Id, meeting.ChatId, "your meeting", time.GetUtcNow() + length + options.Value.HangUpGrace));
            await GraphAsync(async () =>
            {
                await call.AnswerAsync(new ServiceHostedMediaConfig(), [Modality.Audio], cancellationToken: _stopping.Token).ConfigureAwait(false);
                return call;
            }).ConfigureAwait(false);
        }
        catch (ConnectorException ex)
        {
            if (meeting is not null) _coached.TryRemove(call.Id, out _);
            logger.DeliveryFailed("answer or reject a call", ex.Message);
        }
    }

    private async Task HangUpWhenOverdueAsync(CoachedCall call)
    {
        try
        {
            var wait = call.HangUpAt - time.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, _stopping.Token).ConfigureAwait(false);
            if (!_coached.TryRemove(call.CallId, out _)) return;
            await LeaveAsync(call.CallId, _stopping.Token).ConfigureAwait(false);
            await follower.TellAsync(call, $"**{call.Name}** ran past its planned length, so I've left the call.", _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // shutting down
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            logger.DeliveryFailed("hang up", ex.Message);
        }
    }

    /// <summary><c>DELETE /communications/calls/{id}</c> through the SDK's call; a call already gone (404, or no longer in the SDK) is fine.</summary>
    private async Task LeaveAsync(string callId, CancellationToken cancellationToken)
    {
        if (calling.Get().Client?.Calls()[callId] is not { } call) return;
        await GraphAsync(async () => { await call.DeleteAsync(handleHttpNotFoundInternally: true, cancellationToken).ConfigureAwait(false); return call; }).ConfigureAwait(false);
    }

    /// <summary>The SDK's errors as the connector's: Graph's status and message, which the callers tell the interviewer.</summary>
    private static async Task<T> GraphAsync<T>(Func<Task<T>> request)
    {
        try
        {
            return await request().ConfigureAwait(false);
        }
        catch (ApiException ex) when (ex.ResponseStatusCode == 0)
        {
            // No answer at all (the SDK already sent a DELETE four times): Graph is unreachable, a 503 to the callers.
            throw new ConnectorException(503, $"Microsoft Graph could not be reached: {ex.InnerException?.Message ?? ex.Message}");
        }
        catch (ApiException ex)
        {
            throw new ConnectorException(ex.ResponseStatusCode, $"Microsoft Graph answered {ex.ResponseStatusCode}: {ex.Message}");
        }
    }

    public void Dispose()
    {
        // Registered as itself and as the meeting joiner, so the container may dispose it twice.
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _stopping.Cancel();
        _stopping.Dispose();
    }
}

/// <summary>A call the coach is in: which meeting it is for, the name the interviewer knows it by, and when the coach leaves at the latest.</summary>
public sealed record CoachedCall(string CallId, string MeetingKey, string Name, DateTimeOffset HangUpAt);

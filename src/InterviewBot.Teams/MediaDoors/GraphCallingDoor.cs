using InterviewBot.Core.Sessions.Events;
using InterviewBot.Core.Sessions;
using InterviewBot.Teams.Calling;
using InterviewBot.Teams.Connector;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Protocol;
using InterviewBot.Teams.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewBot.Teams.MediaDoors;

/// <summary>
/// <c>Coach:MediaDoor=graph</c>: the bot joins the call itself through Graph calling. With a Windows media worker the
/// worker prepares application-hosted media and streams it to the ingest socket; without one the bot is in the call
/// for presence and roster only, and the summary comes from the transcript.
/// </summary>
public sealed class GraphCallingDoor(AudioSessions audio, MediaWorkerClient worker, MeetingCalls calls, InterviewerChannel channel, IOptions<CoachOptions> options,
    TimeProvider time, ILogger<GraphCallingDoor> logger) : IMediaDoor
{
    public MediaDoorKind Kind => MediaDoorKind.Graph;

    public async Task<AudioOpening> OpenAsync(CoachedMeeting meeting, IReadOnlyList<Participant> participants, IReadOnlyList<SinkDescriptor> sinks,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.JoinUrl is not { } join || !worker.Configured) return AudioOpening.NoAudio;
        return await audio.OpenAsync(meeting.Setup, participants, sinks, async created =>
        {
            var blob = await worker.PrepareAsync(created.SessionId, MediaUrl(created.SessionId), created.Token, participants, cancellationToken).ConfigureAwait(false);
            var joined = await calls.JoinAsync(meeting.ChatId, meeting.Setup.IntervieweeName is { } who ? $"your interview with {who}" : "your meeting",
                join, time.GetUtcNow(), null, meeting.Interviewer.AadObjectId, blob, cancellationToken).ConfigureAwait(false);
            if (!joined.Joined) throw new InvalidOperationException(joined.Message);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<JoinOutcome?> JoinWithoutSessionAsync(CoachedMeeting meeting, ScheduledJoin join, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(join);
        if (worker.Configured) return null;
        return await calls.JoinAsync(join.Key, name, join.JoinUrl, join.Start, join.End, join.InterviewerId, mediaBlob: null, cancellationToken).ConfigureAwait(false);
    }

    public string Joining(string name) => $"**{name}** is starting: I'm joining the call to listen. Nudges will arrive here.";

    /// <summary>Without a media worker, a meeting that started without a scheduled join is joined now (presence and roster).</summary>
    public async Task OnMeetingStartedAsync(CoachedMeeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (worker.Configured || meeting.JoinUrl is not { } join || calls.InCall(meeting.ChatId)) return;
        JoinOutcome outcome;
        try
        {
            outcome = await calls.JoinAsync(meeting.ChatId, "your meeting", join, time.GetUtcNow(), null, meeting.Interviewer.AadObjectId, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            outcome = new JoinOutcome(false, $"I couldn't join the call: {ex.Message}");
        }
        await channel.SendAsync(meeting, Activity.Message(outcome.Message), "call", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The meeting is over: the bot leaves its call, if it is in one.</summary>
    public async Task OnMeetingEndedAsync(CoachedMeeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        try
        {
            await calls.HangUpAsync(meeting.ChatId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            logger.DeliveryFailed("hang up", ex.Message); // the call ends on its own when the meeting does
        }
    }

    /// <summary>Where a media worker streams a session's audio: this server's ingest WebSocket.</summary>
    private Uri MediaUrl(string sessionId)
    {
        var publicBase = options.Value.PublicBaseUrl ?? throw new InvalidOperationException("Coach:PublicBaseUrl is not configured: a media worker could not reach this server");
        return new UriBuilder(new Uri(publicBase, $"api/media/{Uri.EscapeDataString(sessionId)}")) { Scheme = publicBase.Scheme == "https" ? "wss" : "ws", Port = publicBase.IsDefaultPort ? -1 : publicBase.Port }.Uri;
    }
}

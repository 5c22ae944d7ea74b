using InterviewBot.Core.Sessions.Events;
using InterviewBot.Core.Sessions;
using InterviewBot.Media.Live;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Scheduling;

namespace InterviewBot.Teams.MediaDoors;

/// <summary>
/// One way a Teams meeting's audio reaches the coach, chosen once at start from <c>Coach:MediaDoor</c>: what happens
/// when a session starts, at a scheduled join, at meetingStart and at meetingEnd.
/// </summary>
public interface IMediaDoor
{
    /// <summary>Which door this is.</summary>
    MediaDoorKind Kind { get; }

    /// <summary>
    /// Starts a live audio session for the meeting, its nudges and status going to the sinks <paramref name="sinks"/> describe: opened,
    /// refused with the reason (the interviewer is told), or <see cref="AudioOpening.NoAudio"/> when this door brings none.
    /// </summary>
    Task<AudioOpening> OpenAsync(CoachedMeeting meeting, IReadOnlyList<Participant> participants, IReadOnlyList<SinkDescriptor> sinks,
        CancellationToken cancellationToken);

    /// <summary>At a scheduled start: the outcome when this door joins without a session of its own; null when the session should start (and bring the audio).</summary>
    Task<JoinOutcome?> JoinWithoutSessionAsync(CoachedMeeting meeting, ScheduledJoin join, string name, CancellationToken cancellationToken);

    /// <summary>What the interviewer is told when a scheduled meeting's audio is on its way.</summary>
    string Joining(string name);

    /// <summary>meetingStart, after the session started (Graph calling without a worker joins the call here).</summary>
    Task OnMeetingStartedAsync(CoachedMeeting meeting, CancellationToken cancellationToken);

    /// <summary>meetingEnd, before the session ends (Graph calling leaves the call).</summary>
    Task OnMeetingEndedAsync(CoachedMeeting meeting, CancellationToken cancellationToken);
}

/// <summary>What opening a door gave: a live session, a reason it could not, or nothing (a door without audio).</summary>
public sealed record AudioOpening(ILiveSession? Session, string? Failure)
{
    /// <summary>This door brings no audio; the session runs on posted events.</summary>
    public static AudioOpening NoAudio { get; } = new(null, null);
}

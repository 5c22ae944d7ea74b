using InterviewBot.Core.Sessions.Events;
using InterviewBot.Core.Sessions;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Scheduling;

namespace InterviewBot.Teams.MediaDoors;

/// <summary><c>Coach:MediaDoor=none</c>: no live audio; the summary is written from the meeting transcript after the call.</summary>
public sealed class NoMediaDoor : IMediaDoor
{
    public MediaDoorKind Kind => MediaDoorKind.None;

    public Task<AudioOpening> OpenAsync(CoachedMeeting meeting, IReadOnlyList<Participant> participants, IReadOnlyList<SinkDescriptor> sinks,
        CancellationToken cancellationToken) => Task.FromResult(AudioOpening.NoAudio);

    public Task<JoinOutcome?> JoinWithoutSessionAsync(CoachedMeeting meeting, ScheduledJoin join, string name, CancellationToken cancellationToken) =>
        Task.FromResult<JoinOutcome?>(new JoinOutcome(true, $"**{name}** is starting. No live audio is set up for me, so I'll write your summary from the meeting transcript after the call."));

    public string Joining(string name) => $"**{name}** is starting.";

    public Task OnMeetingStartedAsync(CoachedMeeting meeting, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task OnMeetingEndedAsync(CoachedMeeting meeting, CancellationToken cancellationToken) => Task.CompletedTask;
}

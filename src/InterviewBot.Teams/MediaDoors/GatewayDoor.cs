using InterviewBot.Core.Sessions.Events;
using InterviewBot.Core.Sessions;
using InterviewBot.Media.Gateways;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Scheduling;

namespace InterviewBot.Teams.MediaDoors;

/// <summary><c>Coach:MediaDoor=gateway</c>: the configured meeting bot (attendee, Recall.ai) joins with the join URL and streams each participant.</summary>
public sealed class GatewayDoor(AudioSessions audio, MeetingBots bots) : IMediaDoor
{
    public MediaDoorKind Kind => MediaDoorKind.Gateway;

    public async Task<AudioOpening> OpenAsync(CoachedMeeting meeting, IReadOnlyList<Participant> participants, IReadOnlyList<SinkDescriptor> sinks,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.JoinUrl is not { } join) return AudioOpening.NoAudio; // nothing to send the bot to
        return await audio.OpenAsync(meeting.Setup, participants, sinks,
            created => bots.SendAsync(join, created.SessionId, created.Token, cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    public Task<JoinOutcome?> JoinWithoutSessionAsync(CoachedMeeting meeting, ScheduledJoin join, string name, CancellationToken cancellationToken) =>
        Task.FromResult<JoinOutcome?>(null);

    public string Joining(string name) => $"**{name}** is starting: I've sent my meeting bot in to listen. Nudges will arrive here.";

    public Task OnMeetingStartedAsync(CoachedMeeting meeting, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task OnMeetingEndedAsync(CoachedMeeting meeting, CancellationToken cancellationToken) => Task.CompletedTask;
}

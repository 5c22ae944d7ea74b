using InterviewBot.Teams.MediaDoors;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Protocol;
using InterviewBot.Teams.Scheduling;

namespace InterviewBot.Teams.Coach;

/// <summary>
/// A scheduled meeting's start has come: its meeting is known (or made from the join), and the media door either
/// joins by itself (Graph calling without a worker, or no door) or the session starts and brings the audio.
/// </summary>
public sealed class MeetingJoins(MeetingRegistry meetings, MeetingLifecycle lifecycle, IMediaDoor door) : IMeetingJoiner
{
    public async Task<JoinOutcome> JoinAsync(ScheduledJoin join, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(join);
        var meeting = meetings.GetOrAdd(join.Key, () => new CoachedMeeting(join.Key, join.ServiceUrl, null,
            new ChannelAccount(join.InterviewerId ?? "interviewer", join.InterviewerName)));
        if (meeting.PersonalChatId is null && join.PersonalChatId is { } personal)
        {
            meeting.PersonalChatId = personal;
            meetings.LinkPersonalChat(meeting, personal);
        }
        meeting.JoinUrl = join.JoinUrl;
        var name = MeetingScheduler.Name(join);
        if (await door.JoinWithoutSessionAsync(meeting, join, name, cancellationToken).ConfigureAwait(false) is { } outcome) return outcome;
        var live = await lifecycle.StartSessionAsync(meeting, cancellationToken).ConfigureAwait(false);
        return live.HasAudio
            ? new JoinOutcome(true, door.Joining(name))
            : new JoinOutcome(false, $"I couldn't bring **{name}**'s audio in, so I'll write your summary from the meeting transcript after the call.");
    }
}

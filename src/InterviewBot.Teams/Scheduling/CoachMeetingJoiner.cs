using InterviewBot.Teams.Meetings;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Teams.Scheduling;

/// <summary>
/// Joins through the meeting coach: the meeting's session starts at the scheduled time and, with <c>Coach:MediaDoor</c>
/// = gateway, the gateway's bot is sent into the call; without a media door the interviewer is told the summary will
/// come from the meeting transcript.
/// </summary>
public sealed class CoachMeetingJoiner(IServiceProvider services) : IMeetingJoiner
{
    // Resolved on use: the coach needs the scheduler for its commands, the scheduler needs this joiner.
    public Task<JoinOutcome> JoinAsync(ScheduledJoin join, CancellationToken cancellationToken) =>
        services.GetRequiredService<MeetingCoach>().JoinScheduledAsync(join, cancellationToken);
}

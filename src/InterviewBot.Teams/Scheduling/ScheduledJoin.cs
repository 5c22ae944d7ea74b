namespace InterviewBot.Teams.Scheduling;

/// <summary>
/// A join the coach will make by itself: which meeting (its chat, or a pasted link), when it starts, whose 1:1 chat
/// hears about it, and how far it has got. <see cref="Number"/> is what <c>cancel N</c> names.
/// </summary>
public sealed record ScheduledJoin(
    int Number,
    string Key,
    string ServiceUrl,
    string? PersonalChatId,
    string? MeetingId,
    Uri JoinUrl,
    string? Title,
    DateTimeOffset Start,
    DateTimeOffset? End,
    JoinState State = JoinState.Scheduled,
    bool Rechecked = false,
    string? Outcome = null,
    string? InterviewerId = null,
    string? InterviewerName = null);

/// <summary>The stages of a <see cref="ScheduledJoin"/>.</summary>
public enum JoinState
{
    Scheduled,

    /// <summary>Being sent now; a join found in this state after a restart is not sent again (a meeting bot must not join twice).</summary>
    Dispatching,
    Dispatched,
    Cancelled,
    Failed,
}

namespace InterviewBot.Teams.Scheduling;

/// <summary>Sends the configured media door into a meeting at its start: a gateway's bot, Graph calling, or nothing.</summary>
public interface IMeetingJoiner
{
    /// <summary>Joins once; the outcome says what happened in words the interviewer can read.</summary>
    Task<JoinOutcome> JoinAsync(ScheduledJoin join, CancellationToken cancellationToken);
}

/// <summary>Whether a join worked, and what to tell the interviewer.</summary>
public sealed record JoinOutcome(bool Joined, string Message);

namespace InterviewBot.Core.Sessions;

/// <summary>Where a session is in its life: created, live, ended.</summary>
public enum SessionStatus
{
    Created,
    Live,
    Ended,
}

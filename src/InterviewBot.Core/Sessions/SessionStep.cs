using InterviewBot.Core.Coaching;

namespace InterviewBot.Core.Sessions;

/// <summary>What applying one event did: raised a nudge, nothing, or refused the event (with why).</summary>
public readonly record struct SessionStep(Nudge? Nudge, string? Rejection)
{
    public static SessionStep None => default;

    public static SessionStep Raised(Nudge nudge) => new(nudge, null);

    public static SessionStep Rejected(string why) => new(null, why);

    public bool IsRejected => Rejection is not null;
}

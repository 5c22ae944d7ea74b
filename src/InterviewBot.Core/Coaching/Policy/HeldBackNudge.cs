namespace InterviewBot.Core.Coaching.Policy;

/// <summary>A nudge the policy kept off the screen, and why; the post-call lists it among the moments to revisit.</summary>
public sealed record HeldBackNudge(Nudge Nudge, string Reason);

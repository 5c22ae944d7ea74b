namespace InterviewBot.Core.Coaching.Rules;

/// <summary>A nudge a rule would like to raise, until when it is still worth raising, and whether it may break the quiet start.</summary>
public readonly record struct NudgeCandidate(Nudge Nudge, TimeSpan FreshUntil, bool AllowedInQuietStart = false);

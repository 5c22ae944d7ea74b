namespace InterviewBot.Core.Coaching.Rules;

/// <summary>
/// A nudge a rule would like to raise; its <see cref="Nudge.At"/> is the moment that raised it (a phrase's end, a
/// metric crossing), and the policy decides whether it is shown while still fresh. Goal/consent reminders may break the quiet start.
/// </summary>
public readonly record struct NudgeCandidate(Nudge Nudge, bool AllowedInQuietStart = false);

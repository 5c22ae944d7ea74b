namespace InterviewBot.Core.Coaching.Policy;

/// <summary>How often nudges may be raised; defaults follow docs/coaching.md §2.</summary>
public sealed record NudgePolicyOptions
{
    /// <summary>At most one nudge per this much media time.</summary>
    public TimeSpan MinimumGap { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The same nudge kind at most once per this much media time.</summary>
    public TimeSpan SameKindCooldown { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Nothing but goal/consent reminders before this media time.</summary>
    public TimeSpan QuietStart { get; init; } = TimeSpan.FromSeconds(90);

    public static NudgePolicyOptions Default { get; } = new();
}

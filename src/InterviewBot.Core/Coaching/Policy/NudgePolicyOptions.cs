namespace InterviewBot.Core.Coaching.Policy;

/// <summary>The fresh-or-never policy of docs/coaching.md §2 (configuration section <c>Coach:Nudges</c>); defaults as written there.</summary>
public sealed record NudgePolicyOptions
{
    public const string Section = "Coach:Nudges";

    /// <summary>A nudge is shown within this long of its moment or not at all.</summary>
    public TimeSpan FreshWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>At most one new card per this much media time (updates of a card already shown are not new cards).</summary>
    public TimeSpan NewCardGap { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The same nudge kind as a new card at most once per this much media time; a repeat inside it updates that card.</summary>
    public TimeSpan SameKindWindow { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Nothing but goal/consent reminders before this media time (greetings).</summary>
    public TimeSpan QuietStart { get; init; } = TimeSpan.FromSeconds(30);

    public static NudgePolicyOptions Default { get; } = new();

    /// <summary>What is wrong with these settings, by configuration key; empty when they are usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Check(string key, TimeSpan value, TimeSpan max)
        {
            if (value < TimeSpan.Zero || value > max) problems.Add($"{Section}:{key} must be between 00:00:00 and {max:c}, found {value:c}");
        }
        Check(nameof(FreshWindow), FreshWindow, TimeSpan.FromMinutes(1));
        Check(nameof(NewCardGap), NewCardGap, TimeSpan.FromMinutes(10));
        Check(nameof(SameKindWindow), SameKindWindow, TimeSpan.FromHours(1));
        Check(nameof(QuietStart), QuietStart, TimeSpan.FromMinutes(10));
        return problems;
    }
}

namespace InterviewBot.Core.PostCall.Snapshot.Evaluation;

/// <summary>
/// A fact a researcher listed for an interview before the writer ran: its class (who, named, number, pain…),
/// what it says, and the terms that must all appear on one line of <c>snapshot.md</c> ("a|b" means either).
/// </summary>
public sealed record ListedFact(string Class, string Fact, IReadOnlyList<string> Terms)
{
    /// <summary>True when one line holds every term (case-insensitive, typographic apostrophes folded).</summary>
    public bool IsOn(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var plain = SnapshotCheck.Fold(line);
        return Terms.All(t => t.Split('|').Any(alt => plain.Contains(SnapshotCheck.Fold(alt.Trim()), StringComparison.Ordinal)));
    }
}

/// <summary>How one interview's snapshot measured up.</summary>
public sealed record SnapshotScore(
    string Interview,
    IReadOnlyList<ListedFact> Recalled,
    IReadOnlyList<ListedFact> Missed,
    int RepeatedQuotes,
    IReadOnlyList<string> SectionsWithoutFact,
    int QuickFactsWithoutNameOrNumber,
    IReadOnlyList<string> GroundingProblems)
{
    /// <summary>Listed facts in all.</summary>
    public int Total => Recalled.Count + Missed.Count;
}

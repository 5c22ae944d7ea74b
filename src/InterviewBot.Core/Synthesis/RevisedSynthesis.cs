namespace InterviewBot.Core.Synthesis;

/// <summary>
/// A synthesis whose themes were renamed or merged after the grouping (by an LLM): the opportunity tree is rebuilt
/// over the new themes and each disagreement carries its theme's new name, so no part of the result names a theme
/// that is no longer there.
/// </summary>
public static class RevisedSynthesis
{
    /// <param name="result">The synthesis as grouped.</param>
    /// <param name="interviews">The interviews it was made from (for the tree's research goal).</param>
    /// <param name="themes">The revised themes, in order.</param>
    /// <param name="leads">The revised leads.</param>
    /// <param name="renamed">Each grouped theme's name and the name of the revised theme it went into.</param>
    public static SynthesisResult With(SynthesisResult result, IReadOnlyList<InterviewEvidence> interviews, IReadOnlyList<Theme> themes, IReadOnlyList<Theme> leads,
        IReadOnlyDictionary<string, string> renamed)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(renamed);
        var order = themes.Select(t => t.Name).ToList();
        // A merged theme keeps one disagreement, the first of its groups' (as a grouped theme has one at most).
        var disagreements = result.Disagreements.Select(d => d with { Theme = renamed.GetValueOrDefault(d.Theme, d.Theme) })
            .DistinctBy(d => d.Theme, StringComparer.Ordinal).OrderBy(d => order.IndexOf(d.Theme)).ToList();
        return result with { Themes = themes, Leads = leads, Tree = OpportunityTreeBuilder.Build(interviews, themes), Disagreements = disagreements };
    }
}

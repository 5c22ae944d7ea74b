namespace InterviewBot.Core.Synthesis;

/// <summary>
/// Builds the opportunity tree: the research goal most interviews were run for (ties to the first given) at the
/// root; under it every theme that rests on pains or needs, named in the customer's own words, most interviews
/// first; under each, its evidence, pains and needs before other clauses.
/// </summary>
internal static class OpportunityTreeBuilder
{
    /// <summary>The tree over <paramref name="themes"/> (already ordered) for <paramref name="interviews"/>' goals.</summary>
    public static OpportunityTree Build(IReadOnlyList<InterviewEvidence> interviews, IReadOnlyList<Theme> themes)
    {
        var goal = interviews.Select(i => i.Goal?.Trim()).Where(g => !string.IsNullOrEmpty(g))
            .GroupBy(g => g!, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).Select(g => g.First()!).FirstOrDefault() ?? "";
        var opportunities = themes.Where(t => t.PainsAndNeeds > 0)
            .Select(t => new Opportunity(t.Name, t.Interviews, t.Quotes.OrderBy(q => q.Kind is "complaint" or "opportunity" ? 0 : 1).ToList()))
            .ToList();
        return new OpportunityTree(goal, opportunities);
    }
}

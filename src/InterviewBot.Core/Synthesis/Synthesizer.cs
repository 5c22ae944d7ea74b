using InterviewBot.Core.PostCall.Snapshot.Facts;

namespace InterviewBot.Core.Synthesis;

/// <summary>
/// Finds themes across interviews without a model: groups every interview's pain, need, insight, feeling and fact
/// clauses by TF-IDF cosine of their content words (everyday words dropped), keeps a group heard in two or more
/// interviews as a theme (one interview: a lead), names it from its most central clause and quotes it verbatim from
/// different interviews; then builds the opportunity tree and finds disagreements. Same input, same output.
/// </summary>
public static class Synthesizer
{
    /// <summary>Average cosine two groups need to merge; fixed, not fitted to any study.</summary>
    public const double MergeThreshold = 0.2;

    /// <summary>How words weigh: a word of one interview only at a third of its idf.</summary>
    public static TermWeighting Weighting { get; } = new(1.0 / 3);

    /// <summary>Synthesises <paramref name="interviews"/> (in the order given; order breaks ties).</summary>
    public static SynthesisResult Synthesize(IReadOnlyList<InterviewEvidence> interviews) => Synthesize(interviews, Weighting, MergeThreshold);

    /// <summary>Synthesises with the given weighting and merge threshold (for tests and measurement).</summary>
    public static SynthesisResult Synthesize(IReadOnlyList<InterviewEvidence> interviews, TermWeighting weighting, double threshold)
    {
        ArgumentNullException.ThrowIfNull(interviews);
        var acronyms = Acronyms.Known(interviews.SelectMany(iv => iv.Clauses).Select(c => c.Text));
        var items = interviews.SelectMany(iv => iv.Clauses.Select(c =>
                new ThemeBuilder.Item(iv.Interview, c, ContentWords.Of(c.Text).Concat(Acronyms.SpelledOut(c.Text, acronyms)).ToList())))
            .Where(x => x.Words.Count > 0).ToList();
        var vectors = TfIdfVectors.Build(items.Select(x => x.Words).ToList(), items.Select(x => x.Interview).ToList(), weighting);
        var groups = AgglomerativeGrouper.Group(vectors, threshold);

        var themes = new List<Theme>();
        var leads = new List<Theme>();
        var disagreements = new List<Disagreement>();
        foreach (var group in groups)
        {
            var (theme, disagreement) = ThemeBuilder.Build(group, items, vectors);
            (theme.Interviews.Count >= 2 ? themes : leads).Add(theme);
            if (disagreement is not null) disagreements.Add(disagreement);
        }
        // Most interviews first, then most quotes, then input order (List.Sort is not stable; OrderBy is).
        var ordered = themes.OrderByDescending(t => t.Interviews.Count).ThenByDescending(t => t.Quotes.Count).ToList();
        return new SynthesisResult(interviews.Select(i => i.Interview).ToList(), ordered, leads, CountAlternatives(interviews))
        {
            Tree = OpportunityTreeBuilder.Build(interviews, ordered),
            Disagreements = disagreements.OrderBy(d => ordered.FindIndex(t => t.Name == d.Theme)).ToList(),
        };
    }

    private static List<AlternativeCount> CountAlternatives(IReadOnlyList<InterviewEvidence> interviews)
    {
        var known = NamedThingFinder.MidSentenceCapitals(interviews.SelectMany(i => i.Clauses.Concat(i.Alternatives)).Select(c => c.Text));
        var byName = new Dictionary<string, (string Name, List<string> Interviews)>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var iv in interviews)
            foreach (var alt in iv.Alternatives)
                foreach (var span in NamedThingFinder.Find(alt.Text, known))
                {
                    if (!byName.TryGetValue(span.Term, out var entry)) { entry = (span.Term, []); byName[span.Term] = entry; order.Add(span.Term); }
                    if (!entry.Interviews.Contains(iv.Interview)) entry.Interviews.Add(iv.Interview);
                }
        return order.Select(k => new AlternativeCount(byName[k].Name, byName[k].Interviews))
            .OrderByDescending(a => a.Interviews.Count).ToList();
    }
}

using InterviewBot.Core.PostCall.Snapshot.Facts;

namespace InterviewBot.Core.Synthesis;

/// <summary>
/// Turns one group of clauses into a theme: named from its most central clause, quoted from different interviews
/// in order of closeness to the group's centroid, with the numbers said in it and how many of its clauses are
/// pains or needs. Also reports a disagreement when its interviews take opposite sides.
/// </summary>
internal static class ThemeBuilder
{
    private const int MaxQuotes = 4;
    private const int MaxNumbers = 6;

    /// <summary>A clause with the interview it came from and its content words: the unit the grouper groups.</summary>
    public sealed record Item(string Interview, EvidenceClause Clause, IReadOnlyList<string> Words);

    /// <summary>The theme of <paramref name="group"/> (indexes into <paramref name="items"/>) and its disagreement, if any.</summary>
    public static (Theme Theme, Disagreement? Disagreement) Build(IReadOnlyList<int> group, IReadOnlyList<Item> items, TfIdfVectors vectors)
    {
        var centroid = vectors.Centroid(group);
        var closeness = group.ToDictionary(i => i, i => vectors.CosineTo(items[i].Words, centroid));
        var byCentrality = group.OrderByDescending(i => closeness[i]).ThenBy(i => i).ToList();
        var members = byCentrality.Select(i => Quote(items[i])).ToList();
        var name = CentralClause.Of(byCentrality.Select(i => items[i].Clause.Text).ToList(), centroid, vectors);

        var quotes = new List<ThemeQuote>();
        foreach (var q in members)
        {
            if (quotes.Count == MaxQuotes) break;
            if (quotes.All(x => x.Interview != q.Interview)) quotes.Add(q);
        }
        var theme = new Theme(name, group.Select(i => items[i].Interview).Distinct(StringComparer.Ordinal).ToList(), quotes)
        {
            Numbers = Numbers(group.Select(i => Quote(items[i]))),
            PainsAndNeeds = group.Count(i => items[i].Clause.Kind is "complaint" or "opportunity"),
        };
        return (theme, theme.Interviews.Count >= 2 ? DisagreementFinder.In(name, group.Select(i => Quote(items[i])).ToList()) : null);
    }

    private static ThemeQuote Quote(Item item) => new(item.Interview, item.Clause.Kind, item.Clause.Text, item.Clause.At);

    /// <summary>Each number with its unit, once per interview, in input order.</summary>
    private static List<ThemeNumber> Numbers(IEnumerable<ThemeQuote> quotes)
    {
        var numbers = new List<ThemeNumber>();
        foreach (var q in quotes)
            foreach (var span in NumberFinder.Find(q.Text))
            {
                if (numbers.Count == MaxNumbers) return numbers;
                if (!numbers.Any(n => n.Quote.Interview == q.Interview && string.Equals(n.Term, span.Term, StringComparison.OrdinalIgnoreCase)))
                    numbers.Add(new ThemeNumber(span.Term, q));
            }
        return numbers;
    }
}

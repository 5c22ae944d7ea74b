namespace InterviewBot.Core.Synthesis;

/// <summary>A verbatim quote supporting a theme, with the interview and media time it comes from.</summary>
public sealed record ThemeQuote(string Interview, string Kind, string Text, TimeSpan At);

/// <summary>A group of similar clauses: its name (its most central clause, verbatim), who raised it and its supporting quotes.</summary>
public sealed record Theme(string Name, IReadOnlyList<string> Interviews, IReadOnlyList<ThemeQuote> Quotes)
{
    /// <summary>The numbers said about it (a number with its unit, in the speaker's words) and the quote each is in.</summary>
    public IReadOnlyList<ThemeNumber> Numbers { get; init; } = [];

    /// <summary>How many of its clauses are pains or needs (complaints, opportunities): what makes it an opportunity.</summary>
    public int PainsAndNeeds { get; init; }
}

/// <summary>A number said about a theme: the term ("2 years", "80%") and the verbatim quote that carries it.</summary>
public sealed record ThemeNumber(string Term, ThemeQuote Quote);

/// <summary>An alternative or workaround named in the interviews, and which interviews named it.</summary>
public sealed record AlternativeCount(string Name, IReadOnlyList<string> Interviews);

/// <summary>Where interviewees disagree about a theme: a favourable and an unfavourable quote, from different interviews.</summary>
public sealed record Disagreement(string Theme, ThemeQuote For, ThemeQuote Against);

/// <summary>
/// An opportunity solution tree in Teresa Torres' shape, without the solutions: the research goal at the root, the
/// opportunities (needs and pains worded as the customer said them) under it, the evidence under each.
/// </summary>
public sealed record OpportunityTree(string Goal, IReadOnlyList<Opportunity> Opportunities);

/// <summary>One opportunity: the customer's own words for it, who raised it and the quotes it rests on.</summary>
public sealed record Opportunity(string Name, IReadOnlyList<string> Interviews, IReadOnlyList<ThemeQuote> Evidence);

/// <summary>The patterns across interviews: themes (heard in two or more), leads (heard in one) and alternatives named.</summary>
public sealed record SynthesisResult(
    IReadOnlyList<string> Interviews,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<Theme> Leads,
    IReadOnlyList<AlternativeCount> Alternatives)
{
    /// <summary>The research goal and the opportunities under it; an empty goal when no interview had one.</summary>
    public OpportunityTree Tree { get; init; } = new("", []);

    /// <summary>Themes on which interviewees disagree, with both sides quoted.</summary>
    public IReadOnlyList<Disagreement> Disagreements { get; init; } = [];
}

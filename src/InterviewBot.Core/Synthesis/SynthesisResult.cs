namespace InterviewBot.Core.Synthesis;

/// <summary>A verbatim quote supporting a theme, with the interview and media time it comes from.</summary>
public sealed record ThemeQuote(string Interview, string Kind, string Text, TimeSpan At);

/// <summary>A group of similar clauses: its name (the most central clause, trimmed), who raised it and its supporting quotes.</summary>
public sealed record Theme(string Name, IReadOnlyList<string> Interviews, IReadOnlyList<ThemeQuote> Quotes);

/// <summary>An alternative or workaround named in the interviews, and which interviews named it.</summary>
public sealed record AlternativeCount(string Name, IReadOnlyList<string> Interviews);

/// <summary>The patterns across interviews: themes (heard in two or more), leads (heard in one) and alternatives named.</summary>
public sealed record SynthesisResult(
    IReadOnlyList<string> Interviews,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<Theme> Leads,
    IReadOnlyList<AlternativeCount> Alternatives);

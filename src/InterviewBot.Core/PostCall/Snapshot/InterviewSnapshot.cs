using InterviewBot.Core.PostCall.Quotes;
using InterviewBot.Core.PostCall.Snapshot.Facts;

namespace InterviewBot.Core.PostCall.Snapshot;

/// <summary>The one-page interview snapshot of docs/coaching.md §4.1; every quote is verbatim (gaps shown as " … ") with its time.</summary>
public sealed record InterviewSnapshot(
    Interviewee Interviewee,
    Quote? MemorableQuote,
    IReadOnlyList<QuickFact> Facts,
    IReadOnlyList<Quote> KeyInsights,
    IReadOnlyList<Quote> Opportunities,
    Quote? ContextQuote,
    IReadOnlyList<Quote> Alternatives,
    IReadOnlyList<Quote> Complaints,
    IReadOnlyList<Quote> Emotions,
    IReadOnlyList<Quote> Commitments)
{
    /// <summary>The clauses the quick facts quote (a named thing whose sentence is quoted elsewhere carries none).</summary>
    public IReadOnlyList<Quote> QuickFacts => Facts.Where(f => f.Clause is not null).Select(f => f.Clause!).ToList();

    /// <summary>What they said about who they are when it names nothing and gives no number ("I'm a technical evangelist"): shown under the header, not as a quick fact.</summary>
    public IReadOnlyList<Quote> Background { get; init; } = [];

    /// <summary>Grounded one-line summaries (the LLM writer's); empty for the embedded writer.</summary>
    public IReadOnlyList<string> Summary { get; init; } = [];
}

/// <summary>Who was interviewed; role and company come from setup, else from what they said about themselves (quoted).</summary>
public sealed record Interviewee(string Name, string? Role, string? Company, Quote? Introduction);

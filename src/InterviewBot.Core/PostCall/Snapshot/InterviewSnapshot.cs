using InterviewBot.Core.PostCall.Quotes;

namespace InterviewBot.Core.PostCall.Snapshot;

/// <summary>The one-page interview snapshot of docs/coaching.md §4.1; every quote is verbatim with its time.</summary>
public sealed record InterviewSnapshot(
    Interviewee Interviewee,
    Quote? MemorableQuote,
    IReadOnlyList<Quote> QuickFacts,
    IReadOnlyList<Quote> KeyInsights,
    IReadOnlyList<Quote> Opportunities,
    Quote? ContextQuote,
    IReadOnlyList<Quote> Alternatives,
    IReadOnlyList<Quote> Complaints,
    IReadOnlyList<Quote> Emotions,
    IReadOnlyList<Quote> Commitments);

/// <summary>Who was interviewed; role and company come from setup, else from what they said about themselves (quoted).</summary>
public sealed record Interviewee(string Name, string? Role, string? Company, Quote? Introduction);

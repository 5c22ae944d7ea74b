namespace InterviewBot.Core.Synthesis;

/// <summary>One verbatim clause an interviewee said that can support a theme: its section (pain, need, fact…), words and media time.</summary>
public sealed record EvidenceClause(string Kind, string Text, TimeSpan At);

/// <summary>What one finished interview contributes to a synthesis: its clauses and the alternatives quotes it named.</summary>
public sealed record InterviewEvidence(string Interview, IReadOnlyList<EvidenceClause> Clauses, IReadOnlyList<EvidenceClause> Alternatives)
{
    /// <summary>The interview's research goal from its setup, when it had one.</summary>
    public string? Goal { get; init; }
}

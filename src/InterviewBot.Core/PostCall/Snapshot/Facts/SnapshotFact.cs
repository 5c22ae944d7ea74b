using InterviewBot.Core.PostCall.Quotes;

namespace InterviewBot.Core.PostCall.Snapshot.Facts;

/// <summary>What a quick fact is about.</summary>
public enum FactKind
{
    /// <summary>Who the interviewee is: role, organisation, tenure, situation, in their words.</summary>
    Who,

    /// <summary>A tool, product, organisation, programme or place they named.</summary>
    Named,

    /// <summary>A number with its unit.</summary>
    Number,
}

/// <summary>
/// One quick fact: the term it is about (a name, or a number with its unit, in the speaker's words), when it was
/// first said, and the clause that carries it — absent when that sentence is already quoted in another section.
/// </summary>
public sealed record QuickFact(FactKind Kind, string Term, TimeSpan At, Quote? Clause);

/// <summary>A term found in a sentence: where it starts and how long it is, in the sentence's own characters.</summary>
public readonly record struct TermSpan(string Term, int Start, int Length)
{
    /// <summary>First character after the term.</summary>
    public int End => Start + Length;
}

using InterviewBot.Core.PostCall.Quotes;

namespace InterviewBot.Core.PostCall.Scorecard;

/// <summary>The practices of docs/coaching.md §4.2, each passed or missed, with the evidence; and the moments to revisit.</summary>
public sealed record Scorecard(IReadOnlyList<PracticeResult> Practices, IReadOnlyList<RevisitMoment> MomentsToRevisit)
{
    public int Passed => Practices.Count(p => p.Passed);
}

/// <summary>One practice: stable id, name, verdict, a one-line note, and the quoted moments behind it.</summary>
public sealed record PracticeResult(string Id, string Name, bool Passed, string Note, IReadOnlyList<Quote> Evidence);

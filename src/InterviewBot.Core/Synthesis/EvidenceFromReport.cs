using InterviewBot.Core.PostCall;
using InterviewBot.Core.PostCall.Quotes;

namespace InterviewBot.Core.Synthesis;

/// <summary>Takes the snapshot sections a synthesis reads (insights, opportunities, complaints, emotions, quick facts), the interviewee's further transcript lines (<see cref="SaidClauses"/>) and its goal from a finished report.</summary>
public static class EvidenceFromReport
{
    /// <summary>The evidence of <paramref name="report"/>, named <paramref name="interview"/>.</summary>
    public static InterviewEvidence From(string interview, PostCallReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Snapshot;
        var clauses = Section("insight", s.KeyInsights).Concat(Section("opportunity", s.Opportunities))
            .Concat(Section("complaint", s.Complaints)).Concat(Section("emotion", s.Emotions)).Concat(Section("fact", s.QuickFacts)).ToList();
        clauses.AddRange(SaidClauses.Select(report.Transcript.Select(q => (q.Speaker, q.Text, q.At)), report.Interviewer, clauses));
        return new InterviewEvidence(interview, clauses, Section("alternative", s.Alternatives).ToList()) { Goal = report.Setup.Goal };
    }

    private static IEnumerable<EvidenceClause> Section(string kind, IEnumerable<Quote> quotes) =>
        quotes.Select(q => new EvidenceClause(kind, q.Text, q.At));
}

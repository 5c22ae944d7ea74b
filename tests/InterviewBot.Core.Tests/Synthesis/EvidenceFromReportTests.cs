using InterviewBot.Core.Synthesis;
using InterviewBot.Core.Tests.TestSupport;

namespace InterviewBot.Core.Tests.Synthesis;

public sealed class EvidenceFromReportTests
{
    [Fact]
    public void Clauses_AreTheSnapshotsInsightsOpportunitiesComplaintsEmotionsAndQuickFacts_ThenWhatTheIntervieweeSaid()
    {
        var report = Samples.Replayed("bakery-bad.vtt").Report;
        var s = report.Snapshot;

        var evidence = EvidenceFromReport.From("bakery", report);

        var snapshot = s.KeyInsights.Count + s.Opportunities.Count + s.Complaints.Count + s.Emotions.Count + s.QuickFacts.Count;
        Assert.DoesNotContain(evidence.Clauses.Take(snapshot), c => c.Kind == "said");
        Assert.NotEmpty(evidence.Clauses.Skip(snapshot));
        Assert.All(evidence.Clauses.Skip(snapshot), c => Assert.Equal("said", c.Kind));
        Assert.Equal(s.QuickFacts.Select(q => q.Text), evidence.Clauses.Where(c => c.Kind == "fact").Select(c => c.Text));
        Assert.Equal(report.Setup.Goal, evidence.Goal);
        Assert.Equal(s.KeyInsights.Select(q => (q.Text, q.At)), evidence.Clauses.Where(c => c.Kind == "insight").Select(c => (c.Text, c.At)));
        Assert.Equal(s.Alternatives.Select(q => q.Text), evidence.Alternatives.Select(c => c.Text));
    }

    [Fact]
    public void SynthesisOfTheSamples_QuotesOnlyWordsTheReportsCarry()
    {
        var reports = Samples.Names.ToDictionary(n => n, n => Samples.Replayed(n).Report);
        var said = reports.SelectMany(r => r.Value.AllQuotes().Select(q => (r.Key, q.Text, q.At)).Concat(JoinedLines(r.Key, r.Value))).ToHashSet();

        var result = Synthesizer.Synthesize(reports.Select(r => EvidenceFromReport.From(r.Key, r.Value)).ToList());

        Assert.Contains(result.Themes.SelectMany(t => t.Quotes), q => q.Kind == "said");
        Assert.All(result.Themes.Concat(result.Leads).SelectMany(t => t.Quotes).Concat(result.Disagreements.SelectMany(d => new[] { d.For, d.Against })), q => Assert.Contains((q.Interview, q.Text, q.At), said));
    }

    /// <summary>Every run of consecutive transcript lines of one speaker, joined by spaces, at its first line's time.</summary>
    private static IEnumerable<(string, string, TimeSpan)> JoinedLines(string interview, InterviewBot.Core.PostCall.PostCallReport report)
    {
        var t = report.Transcript;
        for (var i = 0; i < t.Count; i++)
        {
            var text = t[i].Text;
            for (var j = i + 1; j < t.Count && t[j].Speaker == t[i].Speaker; j++) yield return (interview, text += " " + t[j].Text, t[i].At);
        }
    }
}

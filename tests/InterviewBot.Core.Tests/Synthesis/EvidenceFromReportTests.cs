using InterviewBot.Core.Synthesis;
using InterviewBot.Core.Tests.TestSupport;

namespace InterviewBot.Core.Tests.Synthesis;

public sealed class EvidenceFromReportTests
{
    [Fact]
    public void Clauses_AreTheSnapshotsInsightsOpportunitiesComplaintsEmotionsAndQuickFacts()
    {
        var report = Samples.Replayed("bakery-bad.vtt").Report;
        var s = report.Snapshot;

        var evidence = EvidenceFromReport.From("bakery", report);

        Assert.Equal(s.KeyInsights.Count + s.Opportunities.Count + s.Complaints.Count + s.Emotions.Count + s.QuickFacts.Count, evidence.Clauses.Count);
        Assert.Equal(s.QuickFacts.Select(q => q.Text), evidence.Clauses.Where(c => c.Kind == "fact").Select(c => c.Text));
        Assert.Equal(report.Setup.Goal, evidence.Goal);
        Assert.Equal(s.KeyInsights.Select(q => (q.Text, q.At)), evidence.Clauses.Where(c => c.Kind == "insight").Select(c => (c.Text, c.At)));
        Assert.Equal(s.Alternatives.Select(q => q.Text), evidence.Alternatives.Select(c => c.Text));
    }

    [Fact]
    public void SynthesisOfTheSamples_QuotesOnlyWordsTheReportsCarry()
    {
        var reports = Samples.Names.ToDictionary(n => n, n => Samples.Replayed(n).Report);
        var said = reports.SelectMany(r => r.Value.AllQuotes().Select(q => (r.Key, q.Text, q.At))).ToHashSet();

        var result = Synthesizer.Synthesize(reports.Select(r => EvidenceFromReport.From(r.Key, r.Value)).ToList());

        Assert.All(result.Themes.Concat(result.Leads).SelectMany(t => t.Quotes).Concat(result.Disagreements.SelectMany(d => new[] { d.For, d.Against })), q => Assert.Contains((q.Interview, q.Text, q.At), said));
    }
}

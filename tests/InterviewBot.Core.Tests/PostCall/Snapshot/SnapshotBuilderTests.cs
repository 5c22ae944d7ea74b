using InterviewBot.Core.PostCall.Rendering;
using InterviewBot.Core.PostCall.Snapshot.Evaluation;
using InterviewBot.Core.PostCall.Snapshot.Facts;
using InterviewBot.Core.Tests.TestSupport;

namespace InterviewBot.Core.Tests.PostCall.Snapshot;

public class SnapshotBuilderTests
{
    public static TheoryData<string> SampleNames => [.. Samples.Names];

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void NoSentence_IsQuotedInTwoSections(string sample)
    {
        var (session, report) = Samples.Replayed(sample);

        var score = SnapshotCheck.Score(sample, report, SnapshotMarkdown.Render(report), [], session);

        Assert.Equal(0, score.RepeatedQuotes);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void EveryNumberOrNamedQuickFact_CarriesItsTermInTheClause(string sample)
    {
        var report = Samples.Replayed(sample).Report;

        Assert.Contains(report.Snapshot.Facts, f => f.Kind == FactKind.Number);
        Assert.All(report.Snapshot.Facts.Where(f => f.Kind != FactKind.Who && f.Clause is not null),
            f => Assert.All(f.Term.Split("; "), term => Assert.Contains(term, f.Clause!.Text, StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void SnapshotNumbers_AreAllInTheTranscript(string sample)
    {
        var (session, report) = Samples.Replayed(sample);

        var score = SnapshotCheck.Score(sample, report, SnapshotMarkdown.Render(report), [], session);

        Assert.Empty(score.GroundingProblems);
    }

    [Fact]
    public void NamedThing_IsListedWithTheTimeItWasFirstSaid()
    {
        var (session, report) = Samples.Replayed("bakery-bad.vtt");

        var orderly = Assert.Single(report.Snapshot.Facts, f => f.Kind == FactKind.Named && f.Term == "Orderly");
        var first = session.Utterances.First(u => u.SpeakerId != session.Interviewer!.Id && u.Text.Contains("Orderly", StringComparison.Ordinal));
        Assert.Equal(first.Start, orderly.At);
    }

    [Fact]
    public void ListedFact_CountsOnlyWhenAllItsTermsShareALine()
    {
        var fact = new ListedFact("number", "sample size", ["60 million", "rows|samples"]);

        Assert.True(fact.IsOn("- “our training sample is like 60 million rows.” (20:12)"));
        Assert.False(fact.IsOn("- 60 million"));
    }
}

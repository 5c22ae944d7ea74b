using InterviewBot.Core.Coaching.Evaluation;

namespace InterviewBot.Core.Tests.Coaching.Evaluation;

public class LabelReportTests
{
    private static readonly LabelExample[] s_examples =
    [
        new("a", ["open_question"], ["open_question"]),
        new("b", ["open_question", "follow_up"], ["open_question"]),
        new("c", ["closed_question"], ["open_question"]),
        new("d", [], ["pitch"]),
    ];

    [Fact]
    public void Scores_CountHitsMissesAndFalseAlarms()
    {
        var report = LabelReport.Compute(s_examples, ["open_question", "follow_up", "pitch", "closed_question"]);
        var open = report.Scores.Single(s => s.Label == "open_question");

        Assert.Equal((2, 1, 0), (open.TruePositives, open.FalsePositives, open.FalseNegatives));
        Assert.Equal(2.0 / 3, open.Precision, 6);
        Assert.Equal(1.0, open.Recall);
        Assert.Equal(0.8, open.F1, 6);
        Assert.Equal(0.0, report.Scores.Single(s => s.Label == "follow_up").Recall);
        Assert.Equal(0.0, report.Scores.Single(s => s.Label == "pitch").Precision);
    }

    [Fact]
    public void Confusions_PairWhatWasExpectedWithWhatWasSaid()
    {
        var report = LabelReport.Compute(s_examples, ["open_question"]);

        Assert.Contains(report.Confusions, c => c is { Expected: "closed_question", Predicted: "open_question", Count: 1 } && c.ExampleIds.SequenceEqual(["c"]));
        Assert.Contains(report.Confusions, c => c is { Expected: "follow_up", Predicted: "-" });
        Assert.Contains(report.Confusions, c => c is { Expected: "-", Predicted: "pitch" });
    }
}

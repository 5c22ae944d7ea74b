using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Training.Evaluation;
using InterviewBot.Training.Learning;
using InterviewBot.Training.Tests.TestSupport;

namespace InterviewBot.Training.Tests.Evaluation;

public class CrossValidationTests
{
    [Fact]
    public void EachFold_TrainsWithoutItsHeldOutStudy()
    {
        var items = Fixture.Prepared;
        var folds = FoldPlan.BySource(items);
        var seen = new List<IReadOnlyList<PreparedItem>>();
        var trainer = new ClassifierTrainer(17, 0.9);
        CrossValidation.Run(items, folds, train =>
        {
            seen.Add(train);
            return trainer.Train(train);
        });
        Assert.Equal(folds.Count, seen.Count);
        for (var f = 0; f < folds.Count; f++)
        {
            Assert.DoesNotContain(seen[f], p => p.Item.Group == folds[f].Name);
            Assert.Equal(items.Count - folds[f].HeldOut.Count, seen[f].Count);
        }
    }

    [Fact]
    public void EveryScoredItem_IsCountedOnce_ContestedOnesNot()
    {
        var items = Fixture.Prepared;
        var results = CrossValidation.Run(items, FoldPlan.BySource(items), train => new ClassifierTrainer(17, 0.9).Train(train));
        var complaint = results.Single(r => r.Label == UtteranceLabels.Complaint);
        var expected = items.Count(p => p.Scores(UtteranceLabels.Complaint) && p.Gold(UtteranceLabels.Complaint));
        Assert.Equal(expected, complaint.Rules.Support);
        Assert.Equal(expected, complaint.Chosen.Support);
        Assert.True(expected < items.Count(p => p.Gold(UtteranceLabels.Complaint)), "the fixture has contested complaints");
    }
}

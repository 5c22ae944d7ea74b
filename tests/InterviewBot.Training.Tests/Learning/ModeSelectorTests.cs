using InterviewBot.Core.Coaching.Classification.Model;
using InterviewBot.Training.Learning;

namespace InterviewBot.Training.Tests.Learning;

public class ModeSelectorTests
{
    private static IEnumerable<ScoredExample> Many(int count, bool gold, bool rules, float score) =>
        Enumerable.Repeat(new ScoredExample(gold, rules, score), count);

    [Fact]
    public void PreciseRules_AndANoisyModel_KeepTheRules()
    {
        // Rules: 10/10 right, 10 missed. The model finds the 20 only with as many false alarms.
        ScoredExample[] examples = [.. Many(10, true, true, 0.9f), .. Many(10, true, false, 0.6f), .. Many(20, false, false, 0.6f)];
        Assert.Equal(LabelMode.Rules, ModeSelector.Choose(examples, 0.90).Mode);
    }

    [Fact]
    public void ModelThatAddsRecallAtTargetPrecision_MakesTheLabelHybrid()
    {
        ScoredExample[] examples = [.. Many(10, true, true, 0.9f), .. Many(10, true, false, 0.8f), .. Many(20, false, false, 0.2f)];
        var choice = ModeSelector.Choose(examples, 0.90);
        Assert.NotEqual(LabelMode.Rules, choice.Mode);
        Assert.InRange(choice.Threshold, 0.2, 0.8);
    }

    [Fact]
    public void NothingReachesTheTarget_ChoosesBestF05_NotBestRecall()
    {
        // Rules: precision 0.8, recall 0.4. The model at its lowest threshold: recall 1.0 with precision 0.5.
        ScoredExample[] examples = [.. Many(8, true, true, 0.3f), .. Many(2, false, true, 0.3f), .. Many(12, true, false, 0.3f), .. Many(20, false, false, 0.3f)];
        Assert.Equal(LabelMode.Rules, ModeSelector.Choose(examples, 0.90).Mode);
    }
}

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

    [Fact]
    public void AModeThatLosesTheDevSetsPositives_IsNotChosen_EvenIfItWinsOnRealSpeech()
    {
        // Real speech: rules 5/10 with 5 false alarms; the model alone finds all 10 cleanly. Dev set: the rules find all
        // 10, the model only 2 of them, so model mode would drop what the rules get right on clean text.
        ScoredExample[] examples =
        [
            .. Many(5, true, true, 0.9f), .. Many(5, false, true, 0.1f), .. Many(5, true, false, 0.9f), .. Many(30, false, false, 0.1f),
            .. Enumerable.Repeat(new ScoredExample(true, true, 0.9f, DevSet: true), 2), .. Enumerable.Repeat(new ScoredExample(true, true, 0.1f, DevSet: true), 8),
            .. Enumerable.Repeat(new ScoredExample(false, false, 0.1f, DevSet: true), 20),
        ];
        Assert.Equal(LabelMode.Model, ModeSelector.Choose(examples, 0.90).Mode);
        var floored = ModeSelector.Choose(examples, 0.90, (0.90, 0.85));
        Assert.NotEqual(LabelMode.Model, floored.Mode);
        Assert.True(floored.Mode != LabelMode.Gated || floored.RulesThreshold <= 0.1, "a gated choice may not veto the dev set's rule hits");
    }
}

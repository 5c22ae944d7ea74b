using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Classification;
using InterviewBot.Core.Coaching.Classification.Model;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Tests.Coaching.Classification.Model;

public class HybridClassifierTests
{
    private const string Frustrated = "I was frustrated.";

    /// <summary>A one-label model whose weights are exactly the features of <see cref="Frustrated"/>, so it scores that sentence high and others low.</summary>
    private static HybridClassifier With(LabelMode mode, double threshold = 0.5, double rulesThreshold = 0)
    {
        var f = Featurizer.Featurize(FeatureInputBuilder.Build(new PatternClassifier(), Frustrated, ParticipantRole.Interviewee, null));
        var weights = f.Indices.Distinct().Select(i => (i, 20f)).ToList();
        var label = new LabelModel(UtteranceLabels.Emotion, ParticipantRole.Interviewee, mode, threshold, -6f, weights, rulesThreshold);
        return new HybridClassifier(new PatternClassifier(), new LinearModel(new ModelFile(Featurizer.Version, Featurizer.Buckets, "sha", "test", 1, [label])));
    }

    private static bool Emotion(HybridClassifier c, string text) =>
        c.Classify(text, ParticipantRole.Interviewee, null).Labels.HasFlag(UtteranceLabels.Emotion);

    [Fact]
    public void ModelMode_FindsWhatTheRulesMiss() => Assert.True(Emotion(With(LabelMode.Model), Frustrated));

    [Fact]
    public void RulesMode_IgnoresTheModel() =>
        Assert.Equal(Emotion(HybridClassifier.RulesOnly(), Frustrated), Emotion(With(LabelMode.Rules), Frustrated));

    [Fact]
    public void ModelMode_OverridesTheRulesNo() =>
        Assert.False(Emotion(With(LabelMode.Model, threshold: 1.01), "Honestly it was a relief, I almost cried."));

    [Fact]
    public void HybridMode_KeepsWhatTheRulesFind() =>
        Assert.True(Emotion(With(LabelMode.Hybrid, threshold: 1.01), "Honestly it was a relief, I almost cried."));

    [Fact]
    public void OtherSpeaker_IsNotScoredForTheLabel() =>
        Assert.False(With(LabelMode.Model).Classify(Frustrated, ParticipantRole.Interviewer, null).Labels.HasFlag(UtteranceLabels.Emotion));

    [Fact]
    public void ReformulatedQuestion_IsNotMultiPart() =>
        Assert.False(HybridClassifier.RulesOnly().Classify("What would you do? Would you stay on this page? What would you do next?", ParticipantRole.Interviewer, null)
            .Labels.HasFlag(UtteranceLabels.MultiPartQuestion));

    /// <summary>A model that vetoes every multi-part verdict of the rules (gated, no score can pass).</summary>
    private static HybridClassifier VetoingMultiPart() =>
        new(new PatternClassifier(), new LinearModel(new ModelFile(Featurizer.Version, Featurizer.Buckets, "sha", "test", 1,
            [new LabelModel(UtteranceLabels.MultiPartQuestion, ParticipantRole.Interviewer, LabelMode.Gated, 1.01, -6f, [(0, 1f)], 1.01)])));

    private static bool MultiPart(HybridClassifier c, string text) =>
        c.Classify(text, ParticipantRole.Interviewer, null).Labels.HasFlag(UtteranceLabels.MultiPartQuestion);

    [Fact]
    public void TwoFullQuestionsInOneBreath_StayMultiPart_PastTheModel() =>
        Assert.True(MultiPart(VetoingMultiPart(), "Were they useful and were any of them unclear?"));

    [Fact]
    public void ShortTagQuestion_IsLeftToTheModel() =>
        Assert.False(MultiPart(VetoingMultiPart(), "How do you track the returns, how often?"));

    [Fact]
    public void RecapCheck_IsNotClosed() =>
        Assert.False(CoachFactory.Classifier.Classify("So you rebuild the charts by hand. Is that right?", ParticipantRole.Interviewer, null)
            .Labels.HasFlag(UtteranceLabels.ClosedQuestion));

    [Fact]
    public void ModelForAnotherFeatureSpace_IsRefused() =>
        Assert.Throws<InvalidDataException>(() => new LinearModel(new ModelFile("other-v0", Featurizer.Buckets, "sha", "test", 1, [])));

    [Fact]
    public void GatedMode_VetoesARulesYesTheModelScoresBelowTheRulesThreshold() =>
        Assert.False(Emotion(With(LabelMode.Gated, threshold: 1.01, rulesThreshold: 1.01), "Honestly it was a relief, I almost cried."));

    [Fact]
    public void GatedMode_KeepsARulesYesAtARulesThresholdOfZero() =>
        Assert.True(Emotion(With(LabelMode.Gated, threshold: 1.01, rulesThreshold: 0), "Honestly it was a relief, I almost cried."));

    [Fact]
    public void GatedMode_AddsWhatTheRulesMissAboveTheModelThreshold() =>
        Assert.True(Emotion(With(LabelMode.Gated, threshold: 0.5, rulesThreshold: 1.01), Frustrated));
}

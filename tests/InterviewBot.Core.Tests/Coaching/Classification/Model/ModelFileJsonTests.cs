using InterviewBot.Core.Coaching.Classification.Model;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Tests.Coaching.Classification.Model;

public class ModelFileJsonTests
{
    private static readonly ModelFile s_model = new(Featurizer.Version, Featurizer.Buckets, "abc123", "data/real-speech/a.jsonl", 17,
    [
        new LabelModel(UtteranceLabels.Pitch, ParticipantRole.Interviewer, LabelMode.Hybrid, 0.625, -1.5f, [(3, 0.25f), (70000 % Featurizer.Buckets, -1.125f)]),
        new LabelModel(UtteranceLabels.Emotion, ParticipantRole.Interviewee, LabelMode.Rules, 1.01, 0f, []),
    ]);

    [Fact]
    public void WrittenModel_ReadsBackTheSame()
    {
        var back = ModelFileJson.Parse(ModelFileJson.Write(s_model));
        Assert.Equal(s_model.CorpusSha256, back.CorpusSha256);
        Assert.Equal(s_model.Labels.Select(l => (l.Label, l.Role, l.Mode, l.Threshold, l.Bias)), back.Labels.Select(l => (l.Label, l.Role, l.Mode, l.Threshold, l.Bias)));
        Assert.Equal(s_model.Labels[0].Weights, back.Labels[0].Weights);
    }

    [Fact]
    public void LoadedModel_ScoresTheLogisticOfTheWeightedSum()
    {
        var model = new LinearModel(s_model);
        Span<float> scores = stackalloc float[2];
        model.Score(new FeatureVector([3], [2f]), scores);
        Assert.Equal(1 / (1 + Math.Exp(-(-1.5 + (0.25 * 2)))), scores[0], 5);
        Assert.Equal(0.5, scores[1], 5);
    }

    [Fact]
    public void UnknownLabel_IsAnInvalidModel() =>
        Assert.Throws<InvalidDataException>(() => ModelFileJson.Parse(ModelFileJson.Write(s_model).Replace("\"pitch\"", "\"pitching\"", StringComparison.Ordinal)));
}

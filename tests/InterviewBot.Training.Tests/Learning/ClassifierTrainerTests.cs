using InterviewBot.Core.Coaching.Classification.Model;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;
using InterviewBot.Training.Learning;
using InterviewBot.Training.Tests.TestSupport;

namespace InterviewBot.Training.Tests.Learning;

public class ClassifierTrainerTests
{
    private static readonly Lazy<string> s_first = new(() => ModelFileJson.Write(new ClassifierTrainer(17, 0.9).Train(Fixture.Prepared, "sha", "fixture").File));

    [Fact]
    public void SameDataAndSeed_GiveTheSameModelFile()
    {
        var again = ModelFileJson.Write(new ClassifierTrainer(17, 0.9).Train(PreparedItem.PrepareAll(Fixture.Items), "sha", "fixture").File);
        Assert.Equal(s_first.Value, again);
    }

    [Fact]
    public void ModelFile_HasEveryTextLabelWithItsRole()
    {
        var file = ModelFileJson.Parse(s_first.Value);
        Assert.Equal(ModelLabels.All.Order(), file.Labels.Select(l => l.Label).Order());
        Assert.Equal(ParticipantRole.Interviewer, file.Labels.Single(l => l.Label == UtteranceLabels.Pitch).Role);
        Assert.Equal(ParticipantRole.Interviewee, file.Labels.Single(l => l.Label == UtteranceLabels.Emotion).Role);
        Assert.DoesNotContain(file.Labels, l => l.Label == UtteranceLabels.Interrupt);
    }

    [Fact]
    public void TrainedModel_ScoresATrainingPositiveAboveANegative()
    {
        var model = new LinearModel(ModelFileJson.Parse(s_first.Value));
        var pitch = Fixture.Prepared.First(p => p.Gold(UtteranceLabels.Pitch));
        var open = Fixture.Prepared.First(p => p.Item.Role == ParticipantRole.Interviewer && !p.Gold(UtteranceLabels.Pitch));
        float Score(PreparedItem p) => ClassifierTrainer.Scores(model, p).Single(s => s.Label == UtteranceLabels.Pitch).Score;
        Assert.True(Score(pitch) > Score(open), $"{Score(pitch)} ≤ {Score(open)}");
    }

    [Fact]
    public void ContestedLabel_IsNotTrainedOrScoredForThatItem()
    {
        var contested = Fixture.Prepared.First(p => p.Item.Contested.HasFlag(UtteranceLabels.Complaint));
        Assert.False(contested.Scores(UtteranceLabels.Complaint));
        Assert.True(contested.Scores(UtteranceLabels.Emotion));
    }
}

using InterviewBot.Core.Coaching.Classification.Model;
using InterviewBot.Training.Corpus;

namespace InterviewBot.Training.Tests.Evaluation;

/// <summary>The model the build embeds is the committed one, and it was trained on the data committed with it.</summary>
public class CommittedModelTests
{
    private static ModelFile Committed => ModelFileJson.Parse(File.ReadAllText(CommittedArtefacts.Full(CommittedArtefacts.ModelPath)));

    [Fact]
    public async Task CommittedModel_WasTrainedOnTheCommittedData()
    {
        var model = Committed;
        var files = new CorpusFiles(model.TrainedOn.Split(';').Select(CommittedArtefacts.Full).ToArray());
        Assert.All(files.Paths, p => Assert.True(File.Exists(p), $"{p}: the model was trained on a file that is not committed"));
        var sha = await files.Sha256Async(CancellationToken.None);
        Assert.True(sha == model.CorpusSha256, $"the corpus changed since the model was trained (model {model.CorpusSha256[..12]}…, files {sha[..12]}…): run 'interviewbot train' and commit the model");
    }

    [Fact]
    public void EmbeddedModel_IsTheCommittedFile()
    {
        var embedded = EmbeddedModel.Load();
        Assert.NotNull(embedded);
        Assert.Equal(Committed.CorpusSha256, embedded.CorpusSha256);
        Assert.Equal(ModelFileJson.Write(Committed), ModelFileJson.Write(embedded));
    }

    [Fact]
    public void CommittedModel_LoadsIntoThisBuildsFeatureSpace() =>
        Assert.Equal(Committed.Labels.Count, new LinearModel(Committed).Labels.Count);
}

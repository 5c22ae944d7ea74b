using InterviewBot.Core.Coaching.Classification;
using InterviewBot.Core.Coaching.Classification.Model;
using InterviewBot.Core.Tests.TestSupport;

namespace InterviewBot.Core.Tests.Coaching.Classification.Model;

/// <summary>The shipped featurizer is the plain one made faster: on every corpus turn it gives the same hashes in the same order.</summary>
public class FeaturizerReferenceTests
{
    [Fact]
    public void EveryCorpusTurn_GetsTheReferenceFeatures()
    {
        var rules = new PatternClassifier();
        var differ = new List<string>();
        foreach (var turn in CorpusTurns.All)
        {
            var input = FeatureInputBuilder.Build(rules, turn.Text, turn.Role, turn.Context);
            var fast = Featurizer.Featurize(input);
            var plain = ReferenceFeaturizer.Featurize(input);
            if (!fast.Indices.SequenceEqual(plain.Indices) || !fast.Values.SequenceEqual(plain.Values)) differ.Add(turn.Id);
        }
        Assert.True(CorpusTurns.All.Count > 4000, $"only {CorpusTurns.All.Count} corpus turns read");
        Assert.Empty(differ);
    }
}

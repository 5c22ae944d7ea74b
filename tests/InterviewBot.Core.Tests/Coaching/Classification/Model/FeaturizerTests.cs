using InterviewBot.Core.Coaching.Classification;
using InterviewBot.Core.Coaching.Classification.Model;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Tests.Coaching.Classification.Model;

public class FeaturizerTests
{
    private static FeatureVector Features(string text, string? context = null) =>
        Featurizer.Featurize(FeatureInputBuilder.Build(new PatternClassifier(), text, ParticipantRole.Interviewee, context));

    [Fact]
    public void SameUtterance_GivesTheSameFeatures()
    {
        var a = Features("I was so frustrated with the portal.", "How did it go?");
        var b = Features("I was so frustrated with the portal.", "How did it go?");
        Assert.Equal(a.Indices, b.Indices);
        Assert.Equal(a.Values, b.Values);
    }

    [Fact]
    public void Features_AreKnownBuckets_WithUnitLength()
    {
        var f = Features("We tried Google Sheets first.");
        Assert.All(f.Indices, i => Assert.InRange(i, 0, Featurizer.Buckets - 1));
        Assert.Equal(1.0, f.Values.Sum(v => (double)v * v), 3);
    }

    [Fact]
    public void Disfluency_DoesNotChangeTheFeatures() =>
        Assert.Equal(Features("I was frustrated.").Indices, Features("Um, I I was, uh, frustrated.").Indices);

    [Fact]
    public void ContextTurn_AddsFeatures() =>
        Assert.True(Features("Yes.", "Would you pay for it?").Count > Features("Yes.").Count);
}

using InterviewBot.Core.PostCall.Snapshot.Cues;

namespace InterviewBot.Core.Tests.PostCall.Snapshot.Cues;

public class FeelingCuesTests
{
    [Theory]
    [InlineData("I was so frustrated.")]
    [InlineData("I'm tired of calling them.")]
    [InlineData("It was amazing.")]
    public void FeelingInAnyListedWords_IsSaid(string text) => Assert.True(FeelingCues.IsSaid(text));

    [Fact]
    public void PlainStatement_IsNotAFeeling() => Assert.False(FeelingCues.IsSaid("I sent the form in May."));

    [Fact]
    public void FeelingWithItsCause_Pairs() => Assert.True(FeelingCues.PairsWithCause("It was stressful because the letters kept coming."));

    [Fact]
    public void FeelingAlone_DoesNotPair() => Assert.False(FeelingCues.PairsWithCause("It was stressful."));

    [Fact]
    public void ExclamationWithACause_DoesNotPair() => Assert.False(FeelingCues.PairsWithCause("It was crazy when the letter came."));
}

using InterviewBot.Core.Coaching.Normalisation;

namespace InterviewBot.Core.Tests.Coaching.Normalisation;

/// <summary>The cheap test before the repeat pattern: it must pass every text the pattern changes, or a stutter would survive.</summary>
public class RepeatedWordsTests
{
    [Theory]
    [InlineData("as as I said")]
    [InlineData("I I went home")]
    [InlineData("The the oven")]
    [InlineData("I went to, I went to the shop")]
    [InlineData("we tried - we tried it")]
    public void TextWithARepeat_GoesToThePattern(string text) => Assert.True(RepeatedWords.MayRepeat(text));

    [Theory]
    [InlineData("We pay fifty thousand a year for it.")]
    [InlineData("What did you do next?")]
    [InlineData("")]
    public void TextWithoutARepeat_SkipsIt(string text) => Assert.False(RepeatedWords.MayRepeat(text));

    [Fact]
    public void RepeatOnlyFoundByThePattern_StillCollapses() =>
        Assert.Equal("I went to the shop.", SpeechNormaliser.Normalise("I went to, I went to the shop.").Text);
}

using InterviewBot.Core.Synthesis;

namespace InterviewBot.Core.Tests.Synthesis;

public sealed class ContentWordsTests
{
    [Fact]
    public void EverydayWords_CarryNoTopic() =>
        Assert.Empty(ContentWords.Of("I can't find a way to get that stuff, you know, it's a little bit of a thing."));

    [Fact]
    public void Inflections_MeetOnOneStem() =>
        Assert.Equal(ContentWords.Of("recreated plots, highlighting"), ContentWords.Of("recreating the plot, highlighted"));

    [Fact]
    public void ShortWords_StayWhole() =>
        Assert.Equal(["ice", "plot"], ContentWords.Of("ICE plots"));
}

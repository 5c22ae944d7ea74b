using InterviewBot.Core.PostCall.Snapshot.Cues;

namespace InterviewBot.Core.Tests.PostCall.Snapshot.Cues;

public class PainCuesTests
{
    [Theory]
    [InlineData("The hardest part was waiting on the phone.")]
    [InlineData("It sucks.")]
    [InlineData("I have no clue how the appeal works.")]
    public void PainInPlainWords_IsSaid(string text) => Assert.True(PainCues.IsSaid(text));

    [Fact]
    public void PainInMarkingWords_IsSaid() => Assert.True(PainCues.IsSaid("The form was so confusing."));

    [Fact]
    public void PlainStatement_IsNotAPain() => Assert.False(PainCues.IsSaid("I sent the form in May."));

    [Fact]
    public void PainDenied_IsDenied() => Assert.True(PainCues.IsDenied("I don't think there's really any issues."));

    [Fact]
    public void MarkingWord_PlacesTheCut() => Assert.Equal("confusing", PainCues.At("We waited a year, and the form was confusing.")?.Term);

    [Fact]
    public void PlainWordsOnly_DoNotPlaceTheCut() => Assert.Null(PainCues.At("It sucks, we waited a year."));
}

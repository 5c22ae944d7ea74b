using InterviewBot.Core.PostCall.Snapshot.Cues;

namespace InterviewBot.Core.Tests.PostCall.Snapshot.Cues;

public class NeedCuesTests
{
    [Theory]
    [InlineData("Look, I need your help with this form.")]
    [InlineData("I would have wanted a call back.")]
    [InlineData("It would be nice to see where the claim is.")]
    public void WishInAnyListedWords_IsSaid(string text) => Assert.True(NeedCues.IsSaid(text));

    [Fact]
    public void PlainStatement_IsNotANeed() => Assert.False(NeedCues.IsSaid("I sent the form in May."));

    [Fact]
    public void WouldHaveLiked_PlacesTheCut() => Assert.Equal("would have liked", NeedCues.At("I would have liked a letter that says why.")?.Term);

    [Fact]
    public void PlainWordsOnly_DoNotPlaceTheCut() => Assert.Null(NeedCues.At("I'd rather talk to a person."));
}

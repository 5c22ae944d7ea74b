using InterviewBot.Core.Coaching.Normalisation;

namespace InterviewBot.Core.Tests.Coaching.Normalisation;

public class SpeechNormaliserTests
{
    private static string Clean(string text) => SpeechNormaliser.Normalise(text).Text;

    [Fact]
    public void Fillers_AreRemoved() =>
        Assert.Equal("So we tried the spreadsheet first.", Clean("So um we uh tried the, you know, spreadsheet first."));

    [Fact]
    public void YouKnow_InAQuestion_IsKept() =>
        Assert.Equal("Do you know who approved it?", Clean("Do you know who approved it?"));

    [Fact]
    public void LikeAsFiller_IsRemoved_LikeAsVerb_IsKept() =>
        Assert.Equal("It was slow and I like the old one better.", Clean("It was, like, slow and I like the old one better."));

    [Theory]
    [InlineData("It was as as fast as before.", "It was as fast as before.")]
    [InlineData("I I didn't see it.", "I didn't see it.")]
    [InlineData("We opened the the app.", "We opened the app.")]
    public void Stutter_IsCollapsed(string spoken, string expected) => Assert.Equal(expected, Clean(spoken));

    [Fact]
    public void RepeatedPhrase_IsSaidOnce() =>
        Assert.Equal("I went to the portal.", Clean("I went to, I went to the portal."));

    [Fact]
    public void FalseStart_CutWord_IsDropped() =>
        Assert.Equal("we went to the clinic", Clean("we were go- we went to the clinic"));

    [Fact]
    public void SelfRepair_KeepsTheRepair() =>
        Assert.Equal("we used Google Sheets.", Clean("We use Excel - sorry, we used Google Sheets."));

    [Fact]
    public void CaptionArtefacts_AreRemoved() =>
        Assert.Equal("I clicked on the link and nothing happened.", Clean("<v Participant>I clicked on the link [inaudible] and (laughs) nothing happened.</v>"));

    [Fact]
    public void SpeakerPrefix_IsRemoved() =>
        Assert.Equal("What did you do next?", Clean("Moderator: What did you do next?"));

    [Fact]
    public void LongUnpunctuatedTurn_IsSplitIntoSentences()
    {
        var n = SpeechNormaliser.Normalise("so we went to the website to look for the phone number and then we called them three times before anyone picked up what did you do after that");
        Assert.Equal(3, n.Sentences.Count);
        Assert.True(n.Sentences[^1].IsQuestion);
        Assert.False(n.Sentences[0].IsQuestion);
    }

    [Fact]
    public void MissingQuestionMark_StillAQuestion() =>
        Assert.True(SpeechNormaliser.Normalise("how did you find the form").Sentences.Single().IsQuestion);

    [Fact]
    public void ReformulatedQuestion_IsOneQuestion()
    {
        var n = SpeechNormaliser.Normalise("What would you do? Would you stay on this page? What would you do next?");
        Assert.Equal(3, n.QuestionSentences);
        Assert.Equal(1, n.DistinctQuestions);
        Assert.True(n.IsReformulated);
    }

    [Fact]
    public void TwoDifferentQuestions_AreTwo()
    {
        var n = SpeechNormaliser.Normalise("How do you track it? And who sees the report?");
        Assert.Equal(2, n.DistinctQuestions);
        Assert.False(n.IsReformulated);
    }

    [Fact]
    public void OneSharedWord_DoesNotMakeAReformulation() =>
        Assert.Equal(2, SpeechNormaliser.Normalise("How did the clusters change your analysis? And did you find the clustering useful?").DistinctQuestions);
}

using InterviewBot.Core.Replay;
using InterviewBot.Core.Transcripts;
using static InterviewBot.Core.Tests.TestSupport.Build;

namespace InterviewBot.Core.Tests.Replay;

public class PhrasesTests
{
    private static TranscriptCue Cue(string text, double start = 10, double end = 20) => new("Ann", S(start), S(end), text, 1);

    [Fact]
    public void OneSentence_IsOnePhraseWithTheCuesTimes()
    {
        var phrase = Assert.Single(Phrases.Of(Cue("We built this for bakeries.")));

        Assert.Equal((S(10), S(20), "We built this for bakeries."), (phrase.Start, phrase.End, phrase.Text));
    }

    [Fact]
    public void Sentences_GetTimesInterpolatedByCharacters()
    {
        // 20 characters then 20 more (with the space): the first ends half way through the cue.
        var phrases = Phrases.Of(Cue("We built it for you. It saves you time."));

        Assert.Equal(["We built it for you.", "It saves you time."], phrases.Select(p => p.Text));
        Assert.Equal(S(10), phrases[0].Start);
        Assert.InRange(phrases[0].End.TotalSeconds, 15.0, 15.2);
        Assert.Equal(phrases[0].End, phrases[1].Start);
        Assert.Equal(S(20), phrases[1].End);
    }

    [Fact]
    public void ARunOfQuestions_StaysOnePhrase()
    {
        var phrases = Phrases.Of(Cue("We sell bread. How much do you make? Who orders the flour?"));

        Assert.Equal(["We sell bread.", "How much do you make? Who orders the flour?"], phrases.Select(p => p.Text));
    }

    [Fact]
    public void AOneOrTwoWordSentence_JoinsTheNext()
    {
        var phrases = Phrases.Of(Cue("Okay. So tell me about the schedule."));

        Assert.Equal("Okay. So tell me about the schedule.", Assert.Single(phrases).Text);
    }

    [Fact]
    public void DecimalsTitlesAndInitials_EndNoSentence()
    {
        var phrases = Phrases.Of(Cue("Dr. Okafor said it costs 3.5 dollars for J. Smith every week."));

        Assert.Single(phrases);
    }
}

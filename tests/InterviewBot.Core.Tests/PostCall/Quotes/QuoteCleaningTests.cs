using InterviewBot.Core.PostCall.Quotes;

namespace InterviewBot.Core.Tests.PostCall.Quotes;

public class QuoteCleaningTests
{
    private static string? Clean(string sentence) => QuoteSource.Clean(new Quote(sentence, TimeSpan.FromSeconds(5), "P"))?.Text;

    [Fact]
    public void FillerInsideAQuote_IsShownAsAnEllipsis()
    {
        Assert.Equal("I think it totally helped in … like I said, for me, creating these charts is done by hand.",
            Clean("I think it totally helped in the, um, like I said, for me, creating these charts is done by hand."));
    }

    [Fact]
    public void Stutter_KeepsTheLastRepeat()
    {
        Assert.Equal("that's kind of one thing that's tricky as well … with feature analysis.",
            Clean("that's kind of one thing that's tricky as well, with, with, with feature analysis."));
    }

    [Fact]
    public void OpenersAndDanglingEnds_AreCutOff()
    {
        Assert.Equal("the pain point is we usually create all these plots by hand", Clean("Yeah yeah yeah. So the pain point is we usually create all these plots by hand, so"));
    }

    [Fact]
    public void SentenceEndedOnAPronoun_KeepsIt()
    {
        Assert.Equal("I just had to eat that.", Clean("I just had to eat that."));
    }

    [Fact]
    public void FalseStart_IsLeftOutNotRewritten()
    {
        Assert.Equal("then you compute … we select one categorical feature", Clean("then you compute, we do it by, we select one categorical feature"));
    }

    [Fact]
    public void NothingButFillers_IsNotAQuote()
    {
        Assert.Null(Clean("Yeah. Um, okay."));
    }

    [Theory]
    [InlineData("Um, so, the, the thing is, you know, we, uh, we lose like ten hours a week -- honestly")]
    [InlineData("I, it's not that I found it not useful, but I couldn't, I couldn't use it here.")]
    public void CleanedQuote_IsTheSentencesWordsInOrder(string sentence)
    {
        var cleaned = Clean(sentence);

        Assert.NotNull(cleaned);
        Assert.True(Verbatim.IsIn(cleaned, sentence), cleaned);
        Assert.DoesNotContain(". .", cleaned, StringComparison.Ordinal);
        Assert.False(cleaned.EndsWith("--", StringComparison.Ordinal));
    }

    [Fact]
    public void Verbatim_RefusesAChangedWord()
    {
        Assert.False(Verbatim.IsIn("we lose … twelve hours a week", "we, uh, we lose like ten hours a week"));
        Assert.True(Verbatim.IsIn("we lose … ten hours a week", "we, uh, we lose like ten hours a week"));
    }
}

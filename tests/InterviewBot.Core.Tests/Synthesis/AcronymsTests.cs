using InterviewBot.Core.Synthesis;

namespace InterviewBot.Core.Tests.Synthesis;

public sealed class AcronymsTests
{
    [Fact]
    public void Known_TakesAllCapitalWordsOfThreeToSixLetters() =>
        Assert.Equal(["DAV", "PACT"], Acronyms.Known(["I went to DAV, not the VA.", "The PACT Act, OK?"]).Order());

    [Fact]
    public void SpelledOut_FindsTheAcronymAnotherInterviewUsed()
    {
        var known = Acronyms.Known(["I went to DAV."]);

        Assert.Equal(["dav"], Acronyms.SpelledOut("The Disabled American Veterans carried my claim.", known));
    }

    [Fact]
    public void SpelledOut_SkipsConnectorsBetweenTheWords() =>
        Assert.Equal(["vfw"], Acronyms.SpelledOut("the Veterans of Foreign Wars helped", new HashSet<string> { "VFW" }));

    [Fact]
    public void SpelledOut_IgnoresWordsWhoseInitialsSpellNoKnownAcronym() =>
        Assert.Empty(Acronyms.SpelledOut("disabled, veterans association", new HashSet<string> { "DAV" }));

    [Fact]
    public void AcronymAndSpelledOutForm_FormOneTheme()
    {
        var result = Synthesizer.Synthesize(
        [
            new InterviewEvidence("a", [new EvidenceClause("insight", "I went to DAV and they filed it.", TimeSpan.Zero)], []),
            new InterviewEvidence("b", [new EvidenceClause("insight", "Disabled American Veterans filed it.", TimeSpan.Zero)], []),
        ]);

        Assert.Equal(["a", "b"], Assert.Single(result.Themes).Interviews);
    }
}

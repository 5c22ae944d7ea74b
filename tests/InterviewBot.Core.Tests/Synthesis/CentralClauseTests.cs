using InterviewBot.Core.Synthesis;

namespace InterviewBot.Core.Tests.Synthesis;

public sealed class CentralClauseTests
{
    private static InterviewEvidence Interview(string name, params string[] clauses) =>
        new(name, clauses.Select((c, i) => new EvidenceClause("complaint", c, TimeSpan.FromSeconds(10 * i))).ToList(), []);

    [Fact]
    public void ThemeName_IsTheClauseItsInterviewsShare_NotTheWholeSentence()
    {
        var result = Synthesizer.Synthesize([
            Interview("a", "My manager was on holiday in March, so we recreate the plots by hand from notebooks."),
            Interview("b", "We recreate the plots by hand from notebooks, every single week."),
        ]);

        // The clause both interviews said wins over the whole sentence; the leading "so" is dropped.
        Assert.Equal("we recreate the plots by hand from notebooks.", Assert.Single(result.Themes).Name);
    }

    [Fact]
    public void Pieces_JoinShortClausesToTheNext() =>
        Assert.Equal(["Yes, so, we plot by hand,", "every week."], CentralClause.Pieces("Yes, so, we plot by hand, every week.").ToArray());
}

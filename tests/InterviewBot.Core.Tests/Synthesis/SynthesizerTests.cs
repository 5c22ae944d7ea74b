using InterviewBot.Core.Synthesis;

namespace InterviewBot.Core.Tests.Synthesis;

public sealed class SynthesizerTests
{
    private static InterviewEvidence Interview(string name, params (string Text, int Seconds)[] clauses) =>
        new(name, clauses.Select(c => new EvidenceClause("insight", c.Text, TimeSpan.FromSeconds(c.Seconds))).ToList(), []);

    private static readonly InterviewEvidence[] s_three =
    [
        Interview("a", ("We copy old notebooks to recreate the plots by hand every time.", 10), ("Our invoices arrive late from the supplier.", 40)),
        Interview("b", ("Recreating the plots by hand from old notebooks takes hours.", 20)),
        Interview("c", ("Plots by hand again, copying notebooks around, is the worst part.", 30), ("The bakery oven breaks down every winter.", 90)),
    ];

    [Fact]
    public void SimilarClausesFromSeveralInterviews_FormOneTheme()
    {
        var result = Synthesizer.Synthesize(s_three);

        var theme = Assert.Single(result.Themes);
        Assert.Equal(["a", "b", "c"], theme.Interviews);
    }

    [Fact]
    public void GroupHeardInOneInterview_IsALeadNotATheme()
    {
        var result = Synthesizer.Synthesize(s_three);

        Assert.Equal(2, result.Leads.Count);
        Assert.All(result.Leads, l => Assert.Single(l.Interviews));
        Assert.Contains(result.Leads, l => l.Quotes[0].Text.Contains("oven", StringComparison.Ordinal));
    }

    [Fact]
    public void ThemeQuotes_AreVerbatimWithInterviewAndTime_OnePerInterview()
    {
        var said = s_three.SelectMany(i => i.Clauses.Select(c => (i.Interview, c.Text, c.At))).ToHashSet();

        var theme = Synthesizer.Synthesize(s_three).Themes[0];

        Assert.InRange(theme.Quotes.Count, 2, 4);
        Assert.All(theme.Quotes, q => Assert.Contains((q.Interview, q.Text, q.At), said));
        Assert.Equal(theme.Quotes.Count, theme.Quotes.Select(q => q.Interview).Distinct().Count());
    }

    [Fact]
    public void ThemeName_IsPartOfOneOfItsQuotes()
    {
        var theme = Synthesizer.Synthesize(s_three).Themes[0];

        Assert.Contains(theme.Quotes, q => q.Text.Contains(theme.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void SameInput_GivesTheSameOutput()
    {
        var first = SynthesisJson.Render(Synthesizer.Synthesize(s_three));
        var second = SynthesisJson.Render(Synthesizer.Synthesize(s_three.Select(i => i with { }).ToArray()));

        Assert.Equal(first, second);
    }

    [Fact]
    public void AlternativesNamedInSeveralInterviews_AreCounted()
    {
        var alt = (string who, string text) => new InterviewEvidence(who, [], [new EvidenceClause("alternative", text, TimeSpan.Zero)]);

        var result = Synthesizer.Synthesize([alt("a", "We use Excel for that today."), alt("b", "Mostly Excel and some Tableau."), alt("c", "Nothing, really.")]);

        var excel = Assert.Single(result.Alternatives, a => a.Name == "Excel");
        Assert.Equal(["a", "b"], excel.Interviews);
    }

    [Fact]
    public void LongCentralClause_IsTrimmedAtAWordForTheName() =>
        Assert.Equal("one two three four five six seven eight nine ten eleven twelve thirteen fourteen …",
            CentralClause.Trim("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"));
}

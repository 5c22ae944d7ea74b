using InterviewBot.Core.Synthesis;

namespace InterviewBot.Core.Tests.Synthesis;

public sealed class SynthesisTreeTests
{
    private static InterviewEvidence Interview(string name, string? goal, params (string Kind, string Text)[] clauses) =>
        new(name, clauses.Select((c, i) => new EvidenceClause(c.Kind, c.Text, TimeSpan.FromSeconds(30 * (i + 1)))).ToList(), []) { Goal = goal };

    private static readonly InterviewEvidence[] s_study =
    [
        Interview("a", "Learn how teams reconcile invoices", ("complaint", "Reconciling supplier invoices by hand takes us 3 hours a week."), ("insight", "Our oven broke in winter.")),
        Interview("b", "Learn how teams reconcile invoices", ("complaint", "We reconcile supplier invoices by hand, about 40 invoices a month.")),
        Interview("c", "Something else", ("insight", "Supplier invoices reconciled by hand, every Friday.")),
    ];

    [Fact]
    public void TreeRoot_IsTheGoalMostInterviewsHad() =>
        Assert.Equal("Learn how teams reconcile invoices", Synthesizer.Synthesize(s_study).Tree.Goal);

    [Fact]
    public void Opportunity_IsAThemeResting_OnPainsOrNeeds_WithItsEvidencePainsFirst()
    {
        var opportunity = Assert.Single(Synthesizer.Synthesize(s_study).Tree.Opportunities);

        Assert.Equal(["a", "b", "c"], opportunity.Interviews);
        Assert.Equal(["complaint", "complaint", "insight"], opportunity.Evidence.Select(q => q.Kind));
    }

    [Fact]
    public void ThemeNumbers_AreTheNumbersSaidInIt_WithTheirQuote()
    {
        var theme = Synthesizer.Synthesize(s_study).Themes[0];

        Assert.Equal(["3 hours", "40 invoices"], theme.Numbers.Select(n => n.Term));
        Assert.All(theme.Numbers, n => Assert.Contains(n.Term, n.Quote.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void OpposingInterviews_AreADisagreement_WithBothSidesQuoted()
    {
        var result = Synthesizer.Synthesize([
            Interview("a", null, ("insight", "The export to spreadsheets is really helpful for the monthly report.")),
            Interview("b", null, ("complaint", "The export to spreadsheets is confusing for the monthly report.")),
        ]);

        var d = Assert.Single(result.Disagreements);
        Assert.Equal(("a", "b"), (d.For.Interview, d.Against.Interview));
    }

    [Fact]
    public void InterviewsOnOneSide_AreNoDisagreement() =>
        Assert.Empty(Synthesizer.Synthesize(s_study).Disagreements);

    [Theory]
    [InlineData("It was really helpful.", 1)]
    [InlineData("It was not helpful at all.", -1)]
    [InlineData("The filters are confusing.", -1)]
    [InlineData("We export it on Fridays.", 0)]
    public void Polarity_ReadsEvaluativeWordsAndNegation(string text, int expected) => Assert.Equal(expected, Polarity.Of(text));
}

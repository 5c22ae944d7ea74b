using InterviewBot.Core.Synthesis;

namespace InterviewBot.Core.Tests.Synthesis;

public sealed class SynthesisHtmlTests
{
    private static SynthesisResult Result(string quote, string interview = "p1") => new(
        [interview, "p2"],
        [new Theme(quote, [interview, "p2"], [new ThemeQuote(interview, "complaint", quote, TimeSpan.FromSeconds(75)), new ThemeQuote("p2", "insight", "Same here.", TimeSpan.FromSeconds(5))])],
        [],
        [new AlternativeCount("Excel", [interview, "p2"])]);

    [Fact]
    public void QuoteWithMarkup_IsEncodedNotRendered()
    {
        var html = SynthesisHtml.Render(Result("<script>alert('x')</script> & <b>bold</b>"));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void InterviewName_IsEncodedToo()
    {
        var html = SynthesisHtml.Render(Result("Plain words.", "p\"><img src=x>"));

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_LoadsNothingFromOutside()
    {
        var html = SynthesisHtml.Render(Result("We plot by hand."));

        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ThemeQuote_ShowsItsInterviewAndMediaTime()
    {
        var html = SynthesisHtml.Render(Result("We plot by hand."));

        Assert.Contains("p1, 01:15, complaint", html, StringComparison.Ordinal);
    }
}

public sealed class SynthesisRenderersTreeTests
{
    private static readonly SynthesisResult s_result = Synthesizer.Synthesize([
        new InterviewEvidence("a", [new EvidenceClause("complaint", "Reconciling supplier invoices by hand takes 3 hours.", TimeSpan.FromSeconds(30))], []) { Goal = "Learn <how> teams reconcile" },
        new InterviewEvidence("b", [new EvidenceClause("complaint", "We reconcile supplier invoices by hand.", TimeSpan.FromSeconds(40))], []),
    ]);

    [Fact]
    public void Html_ShowsTheTreeWithItsGoalEncoded()
    {
        var html = SynthesisHtml.Render(s_result);

        Assert.Contains("<strong>Research goal:</strong> Learn &lt;how&gt; teams reconcile", html, StringComparison.Ordinal);
        Assert.Contains("<li class=\"opportunity\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_CarriesTheTreeDisagreementsAndNumbers()
    {
        using var json = System.Text.Json.JsonDocument.Parse(SynthesisJson.Render(s_result));
        var root = json.RootElement;

        Assert.Equal("Learn <how> teams reconcile", root.GetProperty("opportunity_tree").GetProperty("goal").GetString());
        Assert.Equal(1, root.GetProperty("opportunity_tree").GetProperty("opportunities").GetArrayLength());
        Assert.Equal(0, root.GetProperty("disagreements").GetArrayLength());
        Assert.Equal("3 hours", root.GetProperty("themes")[0].GetProperty("numbers")[0].GetProperty("term").GetString());
    }

    [Fact]
    public void Markdown_ListsTheOpportunityUnderTheGoal()
    {
        var md = SynthesisMarkdown.Render(s_result);

        Assert.Contains("- **Research goal:** Learn <how> teams reconcile\n  - **Opportunity:**", md, StringComparison.Ordinal);
    }
}

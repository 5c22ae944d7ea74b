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

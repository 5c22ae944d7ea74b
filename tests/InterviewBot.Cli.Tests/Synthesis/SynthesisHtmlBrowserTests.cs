namespace InterviewBot.Cli.Tests.Synthesis;

/// <summary>
/// synthesis.html as a person sees it: written by <c>synthesize</c>, opened offline in headless Debian Chromium,
/// with no console or page error and the theme, its quotes and the leads on screen.
/// </summary>
public sealed class SynthesisHtmlBrowserTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _temp = new();
    private HeadlessChromium? _chromium;

    public async Task InitializeAsync() => _chromium = await HeadlessChromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task SynthesisHtml_RendersThemesOfflineWithoutErrors()
    {
        var outDir = Path.Combine(_temp.Path, "out");
        var p1 = ReportFolder.Write(_temp.Path, "p1", "We recreate every plot by hand from old notebooks.", "The bakery oven <script>alert(1)</script> breaks every winter.");
        var p2 = ReportFolder.Write(_temp.Path, "p2", "Every plot is recreated by hand, copying old notebooks.");
        Assert.Equal(0, (await Cli.RunAsync("synthesize", p1, p2, "--out", outDir)).ExitCode);

        var (page, outside, errors) = await _chromium!.OpenOfflineAsync(Path.Combine(outDir, "synthesis.html"));

        Assert.Empty(outside);
        Assert.Empty(errors);
        Assert.Equal("Synthesis of 2 interviews", await page.TitleAsync());
        var theme = page.Locator("section.theme");
        Assert.Equal(1, await theme.CountAsync());
        Assert.Equal(2, await theme.Locator("blockquote").CountAsync());
        var box = await theme.BoundingBoxAsync();
        Assert.True(box is { Width: > 500, Height: > 80 }, $"theme box {box?.Width}x{box?.Height}");
        // The lead's markup is shown as text, never run.
        Assert.Contains("<script>alert(1)</script>", await page.Locator("ul.leads").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("script").CountAsync());
        Assert.True(await page.Locator("ul.tree li.goal").IsVisibleAsync());
        Assert.Equal(1, await page.Locator("ul.tree li.opportunity").CountAsync() + await page.Locator("ul.tree li.muted").CountAsync());
    }
}

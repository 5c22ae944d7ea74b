namespace InterviewBot.Cli.Tests.Report;

/// <summary>
/// report.html as a person sees it: opened in headless Debian Chromium (installed by scripts/install.sh),
/// rendered without any network, with both charts drawn, and a screenshot kept in the test output.
/// </summary>
public sealed class ReportHtmlBrowserTests : IAsyncLifetime, IDisposable
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
    public async Task ReportHtml_RendersBothChartsOfflineWithoutErrors()
    {
        var outDir = Path.Combine(_temp.Path, "bakery");
        Assert.Equal(0, (await Cli.RunAsync("replay", Cli.Sample("bakery-bad.vtt"), "--out", outDir)).ExitCode);
        var (page, outside, errors) = await _chromium!.OpenOfflineAsync(Path.Combine(outDir, "report.html"));

        Assert.Empty(outside);
        Assert.Empty(errors);
        Assert.Equal("Interview report: Rosa Delgado", await page.TitleAsync());
        var ratio = await page.Locator("svg[aria-label='Talk ratio']").BoundingBoxAsync();
        var timeline = await page.Locator("svg[aria-label='Talk time per minute']").BoundingBoxAsync();
        Assert.True(ratio is { Width: > 500, Height: > 20 }, $"talk-ratio chart box {ratio?.Width}x{ratio?.Height}");
        Assert.True(timeline is { Width: > 500, Height: > 100 }, $"timeline box {timeline?.Width}x{timeline?.Height}");
        // One bar per speaker and minute: 2 speakers × 14 minutes.
        Assert.Equal(28, await page.Locator("svg[aria-label='Talk time per minute'] rect").CountAsync());
        var interviewerBar = await page.Locator("svg[aria-label='Talk ratio'] rect").First.BoundingBoxAsync();
        Assert.InRange(interviewerBar!.Width / ratio!.Width, 0.25, 0.35); // Jordan spoke about 30% of the time
        Assert.Equal(13, await page.Locator("table").First.Locator("tr").CountAsync());

        var screenshot = await page.ScreenshotAsync(new() { FullPage = true, Path = Path.Combine(AppContext.BaseDirectory, "report-html-screenshot.png") });
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], screenshot[..4]);
        Assert.True(screenshot.Length > 50_000, $"screenshot is only {screenshot.Length} bytes: is the page blank?");
    }
}

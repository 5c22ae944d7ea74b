using Microsoft.Playwright;

namespace InterviewBot.Cli.Tests.Report;

/// <summary>
/// report.html as a person sees it: opened in headless Debian Chromium (installed by scripts/install.sh),
/// rendered without any network, with both charts drawn, and a screenshot kept in the test output.
/// </summary>
public sealed class ReportHtmlBrowserTests : IAsyncLifetime, IDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private readonly TempFolder _temp = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: run scripts/install.sh (it installs Debian's chromium)");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ReportHtml_RendersBothChartsOfflineWithoutErrors()
    {
        var outDir = Path.Combine(_temp.Path, "bakery");
        Assert.Equal(0, (await Cli.RunAsync("replay", Cli.Sample("bakery-bad.vtt"), "--out", outDir)).ExitCode);
        var page = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } });
        var outside = new List<string>();
        var errors = new List<string>();
        await page.RouteAsync("**/*", route =>
        {
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal)) return route.ContinueAsync();
            outside.Add(route.Request.Url);
            return route.AbortAsync();
        });
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(new Uri(Path.Combine(outDir, "report.html")).AbsoluteUri);

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

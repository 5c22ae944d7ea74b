using Microsoft.Playwright;

namespace InterviewBot.Cli.Tests;

/// <summary>
/// Headless Debian Chromium (installed by scripts/install.sh) driven by Playwright, for the pages the CLI writes:
/// opens a local file with every non-file request refused, and records console and page errors.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser) => (_playwright, _browser) = (playwright, browser);

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: run scripts/install.sh (it installs Debian's chromium)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        });
        return new HeadlessChromium(playwright, browser);
    }

    /// <summary>The page at <paramref name="file"/>, with the outside requests it tried and the errors it raised.</summary>
    public async Task<(IPage Page, List<string> Outside, List<string> Errors)> OpenOfflineAsync(string file)
    {
        var page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 } });
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
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        return (page, outside, errors);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}

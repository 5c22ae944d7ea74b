using Microsoft.Playwright;

namespace InterviewBot.Server.Tests.TestSupport;

/// <summary>
/// The Agents Playground's web UI open in headless Debian Chromium at its personal chat: it shows messages as they
/// arrive, so the end-to-end tests open it from the start, as a user's Teams would be.
/// </summary>
internal sealed class PlaygroundPage : IAsyncDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PlaygroundPage(IPlaywright playwright, IBrowser browser, IPage page) => (_playwright, _browser, Page) = (playwright, browser, page);

    /// <summary>The open page.</summary>
    public IPage Page { get; }

    public static async Task<PlaygroundPage> OpenAsync(Uri playground)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run scripts/install.sh");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 1000 } });
        await page.GotoAsync(playground.ToString());
        await page.GetByText("Personal Chat").First.WaitForAsync(new() { Timeout = 30_000 });
        return new PlaygroundPage(playwright, browser, page);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}

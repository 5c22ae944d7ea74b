using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Azure.Tests.Storage;
using InterviewBot.Core.Ports;
using InterviewBot.Server.Tests.TestSupport;
using InterviewBot.Teams.Coach;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Tests.TestSupport;
using Microsoft.Playwright;

namespace InterviewBot.Server.Tests.EndToEnd;

/// <summary>
/// <c>themes</c> through Microsoft's Teams emulator, with the artefacts in blob storage (Azurite): one interview coached
/// through the emulator (its owner is whoever Teams says the interviewer is), one more of the same interviewer's and one of
/// another interviewer's in the store. The card the emulator shows, and the synthesis behind its link, hold the first two only.
/// </summary>
public sealed class PlaygroundThemesEndToEndTests(Azurite azurite) : IClassFixture<Azurite>, IAsyncLifetime
{
    private const string MeganAad = "00000000-0000-0000-0000-0000000000021"; // another user of the emulator's tenant
    private const string MegansWords = "What I really hate at the brewery is the Saturday wholesale changes to the schedule.";
    private RunningServer _server = null!;
    private Playground _playground = null!;
    private PlaygroundPage _browser = null!;
    private IPage Page => _browser.Page;

    public async Task InitializeAsync()
    {
        _server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:DisableAuthenticationForLocalDevelopment"] = "true",
            ["Coach:DemoSpeed"] = "1000",
            ["Coach:PublicBaseUrl"] = "https://coach.example.com/",
            ["Storage:Kind"] = "blob",
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:ArtifactContainer"] = $"themes{Guid.NewGuid():N}",
        });
        _playground = await Playground.StartAsync(new Uri(_server.BaseUri, "api/messages"));
        _browser = await PlaygroundPage.OpenAsync(_playground.BaseUri);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await _playground.DisposeAsync();
        await _server.DisposeAsync();
    }

    private static bool Created(JsonNode shown) => shown["action"]?.GetValue<string>() == "createMessage";

    private static string Content(JsonNode shown) => shown["message"]!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Fact]
    public async Task Themes_ShowsACardOfTheInterviewersOwnInterviews_AndNeverAnotherInterviewers()
    {
        var config = await _playground.ConfigAsync();
        var group = config["groupChats"]![0]!["id"]!.GetValue<string>();
        var user = config["currentUser"]!["id"]!.GetValue<string>();
        var personal = await CoachTheDemoInterviewAsync(group, user);
        var store = _server.Get<IArtifactStore>();
        var yesterday = DateTimeOffset.UtcNow - TimeSpan.FromDays(1);
        await StoredInterviews.AddAsync(store, "session-20261201-100000-aaaaaaaa", config["currentUser"]!["aadObjectId"]!.GetValue<string>(), "Noor", yesterday,
            ("complaints", "Honestly the Saturday wholesale changes are the part of the schedule I really hate.", 75));
        await StoredInterviews.AddAsync(store, "session-20261201-110000-bbbbbbbb", MeganAad, "Lena", yesterday, ("complaints", MegansWords, 40));

        await _playground.SayAsync(personal, user, "themes");

        var card = await _playground.WaitForAsync(s => Created(s) && Content(s).Contains("Themes across your", StringComparison.Ordinal), "the themes card");
        Assert.Equal(personal, card["actionConversationId"]!.GetValue<string>());
        var content = card["message"]!["attachments"]![0]!["content"]!;
        Assert.Contains("Themes across your 2 interviews", Content(card), StringComparison.Ordinal);
        Assert.Contains("Noor", Content(card), StringComparison.Ordinal);
        Assert.Contains("2 interviewees", Content(card), StringComparison.Ordinal); // the demo's pain and Noor's are one theme
        Assert.DoesNotContain("Lena", Content(card), StringComparison.Ordinal);
        Assert.DoesNotContain("brewery", Content(card), StringComparison.Ordinal);

        // The link opens synthesis.html from blob storage; its JSON twin lists the interviewer's two interviews only.
        var link = new Uri(content["actions"]![0]!["url"]!.GetValue<string>());
        using var http = new HttpClient();
        using var page = await http.GetAsync(new Uri(_server.BaseUri, link.PathAndQuery.TrimStart('/')));
        Assert.Equal((HttpStatusCode.OK, "text/html"), (page.StatusCode, page.Content.Headers.ContentType?.MediaType));
        using var json = await http.GetAsync(new Uri(_server.BaseUri, link.PathAndQuery.TrimStart('/').Replace("synthesis.html", "synthesis.json", StringComparison.Ordinal)));
        var synthesis = JsonNode.Parse(await json.Content.ReadAsStringAsync())!;
        Assert.Equal(2, synthesis["interviews"]!.AsArray().Count);
        Assert.DoesNotContain("brewery", synthesis.ToJsonString(), StringComparison.Ordinal);
        await ScreenshotAsync("Themes across your 2 interviews");
    }

    /// <summary>Install, setup, meetingStart, the demo, meetingEnd: the summary reaches the interviewer; returns their 1:1 chat.</summary>
    private async Task<string> CoachTheDemoInterviewAsync(string group, string user)
    {
        await _playground.SendCustomActivityAsync(group, "install", []);
        var setup = await _playground.WaitForAsync(s => Created(s) && Content(s).Contains("Set up your interview coach", StringComparison.Ordinal), "the setup card");
        var personal = setup["actionConversationId"]!.GetValue<string>();
        await _playground.PressAsync(personal, user, setup["message"]!["messageId"]!.GetValue<string>(), "setup", new JsonObject
        {
            ["meeting"] = group, ["goal"] = "understand how small bakeries plan staff for weekends", ["interviewee"] = "Rosa Delgado", ["kind"] = "auto",
        });
        await _playground.SendCustomActivityAsync(group, null, MeetingEvent(ActivityRouter.MeetingStartEvent));
        await _playground.WaitForAsync(s => Created(s) && Content(s).Contains("Coaching live", StringComparison.Ordinal), "the status card");
        await _playground.SayAsync(personal, user, "demo");
        var live = _server.Get<MeetingRegistry>().Find(group)?.Live;
        Assert.NotNull(live);
        // Done when it has stopped running and its nudges have reached the chat (it may not have started when "demo" is sent).
        for (var i = 0; i < 600 && (live.DemoRunning || !_playground.Shown.Any(s => Content(s).Contains("\"verb\":\"feedback\"", StringComparison.Ordinal))); i++)
            await Task.Delay(100);
        Assert.False(live.DemoRunning, "the demo did not finish in a minute");
        await _playground.SendCustomActivityAsync(group, null, MeetingEvent(ActivityRouter.MeetingEndEvent));
        await _playground.WaitForAsync(s => Created(s) && Content(s).Contains("Interview summary", StringComparison.Ordinal), "the summary card", TimeSpan.FromSeconds(60));
        return personal;
    }

    private static JsonObject MeetingEvent(string name) => new()
    {
        ["type"] = "event",
        ["name"] = name,
        ["value"] = new JsonObject { ["Id"] = "MCMxOTpiYWtlcnk", ["MeetingType"] = "Scheduled", ["Title"] = "Bakery interview" },
        ["channelData"] = new JsonObject { ["meeting"] = new JsonObject { ["id"] = "MCMxOTpiYWtlcnk" } },
    };

    /// <summary>The emulator's own web UI in headless Chromium, on the interviewer's chat showing the card (kept under artifacts/).</summary>
    private async Task ScreenshotAsync(string text)
    {
        var shown = Page.GetByText(text, new() { Exact = false }).Last;
        await shown.WaitForAsync(new() { Timeout = 30_000 });
        await shown.ScrollIntoViewIfNeededAsync();
        var file = Path.Combine(Directory.CreateDirectory(Path.Combine(Playground.RepoRoot(), "artifacts")).FullName, "playground-themes-card.png");
        await Page.ScreenshotAsync(new() { Path = file });
        Assert.True(new FileInfo(file).Length > 10_000);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Core.Coaching;
using InterviewBot.Server.Tests.TestSupport;
using InterviewBot.Teams.Coach;
using InterviewBot.Teams.Meetings;
using Microsoft.Playwright;

namespace InterviewBot.Server.Tests.EndToEnd;

/// <summary>
/// The whole Teams flow through Microsoft's Teams emulator: install in a meeting chat → setup card submitted →
/// meetingStart → <c>demo</c> → meetingEnd, asserting what the emulator shows its user, and a screenshot of the
/// chat with a nudge card (kept under artifacts/).
/// </summary>
public sealed class PlaygroundEndToEndTests : IAsyncLifetime
{
    private RunningServer _server = null!;
    private Playground _playground = null!;
    private PlaygroundPage _browser = null!;
    private IPage Page => _browser.Page;

    public async Task InitializeAsync()
    {
        _server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:DisableAuthenticationForLocalDevelopment"] = "true",
            ["Coach:DemoSpeed"] = "150",
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

    private static string Conversation(JsonNode shown) => shown["actionConversationId"]!.GetValue<string>();

    private static string Content(JsonNode shown) => shown["message"]!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Fact]
    public async Task Meeting_FromInstallToSummary_ThroughTheTeamsEmulator()
    {
        var config = await _playground.ConfigAsync();
        var group = config["groupChats"]![0]!["id"]!.GetValue<string>();
        var user = config["currentUser"]!["id"]!.GetValue<string>();

        // Installed in the meeting chat: everyone sees the greeting; the installer is asked privately for the setup.
        await _playground.SendCustomActivityAsync(group, "install", []);
        var welcome = await _playground.WaitForAsync(s => Created(s) && Conversation(s) == group, "the welcome in the meeting chat");
        Assert.Contains("Only Alex Wilber sees my nudges", Content(welcome), StringComparison.Ordinal);
        var setup = await _playground.WaitForAsync(s => Created(s) && Content(s).Contains("Set up your interview coach", StringComparison.Ordinal), "the setup card");
        var personal = Conversation(setup);
        Assert.NotEqual(group, personal);

        var saved = await _playground.PressAsync(personal, user, setup["message"]!["messageId"]!.GetValue<string>(), "setup", new JsonObject
        {
            ["meeting"] = group, ["goal"] = "understand how small bakeries plan staff for weekends", ["interviewee"] = "Rosa Delgado",
            ["company"] = "Crumb & Co", ["plannedMinutes"] = "30", ["kind"] = "auto",
        });
        Assert.Contains("Coach is set up", saved?.ToJsonString() ?? "", StringComparison.Ordinal);
        await _playground.WaitForAsync(s => Created(s) && Conversation(s) == personal && Content(s).Contains("Discussion guide", StringComparison.OrdinalIgnoreCase), "the discussion guide");

        // The meeting starts (Teams sends meetingStart to the meeting chat); the interviewer asks for the demo.
        await _playground.SendCustomActivityAsync(group, null, MeetingEvent(ActivityRouter.MeetingStartEvent));
        await _playground.WaitForAsync(s => Created(s) && Content(s).Contains("Coaching live", StringComparison.Ordinal), "the status card");
        await _playground.SayAsync(personal, user, "demo");
        var live = _server.Get<MeetingRegistry>().Find(group)?.Live;
        Assert.NotNull(live);
        for (var i = 0; i < 600 && (live.DemoRunning || !_playground.Shown.Any(s => Content(s).Contains("\"verb\":\"feedback\"", StringComparison.Ordinal))); i++)
            await Task.Delay(100);
        Assert.False(live.DemoRunning, "the demo did not finish in a minute");
        await TakeScreenshotAsync();

        await _playground.SendCustomActivityAsync(group, null, MeetingEvent(ActivityRouter.MeetingEndEvent));
        var summary = await _playground.WaitForAsync(s => Created(s) && Content(s).Contains("Interview summary", StringComparison.Ordinal), "the summary card");
        Assert.Equal(personal, Conversation(summary));

        // Nudge cards: exactly the nudges the session journaled, in order, all in the interviewer's chat.
        var nudges = _playground.Shown.Where(s => Created(s) && Content(s).Contains("\"verb\":\"feedback\"", StringComparison.Ordinal)).ToArray();
        Assert.All(nudges, n => Assert.Equal(personal, Conversation(n)));
        var shownKinds = nudges.Select(n => n["message"]!["attachments"]![0]!["content"]!["actions"]![0]!["data"]!["nudge"]!.GetValue<string>()).ToArray();
        var journaled = JournaledNudges();
        Assert.Equal(journaled.Where(n => n.Updates is null).Select(n => n.Kind), shownKinds);
        Assert.Contains(NudgeKinds.LeadingQuestion, shownKinds);
        Assert.Contains(NudgeKinds.Pitch, shownKinds);

        // A repeat inside its same-kind window updated the card already shown instead of adding one (docs/coaching.md §2).
        bool IsNudge(JsonNode s) => Content(s).Contains("\"verb\":\"feedback\"", StringComparison.Ordinal);
        var repeats = journaled.Where(n => n.Updates is not null).ToArray();
        Assert.NotEmpty(repeats);
        var nudgeUpdates = _playground.Shown.Where(s => s["action"]?.GetValue<string>() == "updateMessage" && IsNudge(s)).ToArray();
        Assert.Equal(repeats.Length, nudgeUpdates.Length);
        var cardIds = nudges.Select(n => n["message"]!["messageId"]!.GetValue<string>()).ToHashSet();
        Assert.All(nudgeUpdates, u => Assert.Contains(u["message"]!["messageId"]!.GetValue<string>(), cardIds));
        Assert.Contains($"{repeats[^1].Count} times", Content(nudgeUpdates[^1]), StringComparison.Ordinal);

        // The status card is one message, updated in place, ending with the interview.
        var updates = _playground.Shown.Where(s => s["action"]?.GetValue<string>() == "updateMessage" && !IsNudge(s)).ToArray();
        Assert.True(updates.Length >= 2, $"{updates.Length} status updates");
        Assert.Single(updates.Select(u => u["message"]!["messageId"]!.GetValue<string>()).Distinct());
        Assert.Contains("Interview ended", Content(updates[^1]), StringComparison.Ordinal);

        // Only the greeting went to the meeting chat.
        Assert.Single(_playground.Shown, s => Created(s) && Conversation(s) == group);
    }

    private static JsonObject MeetingEvent(string name) => new()
    {
        ["type"] = "event",
        ["name"] = name,
        ["value"] = new JsonObject { ["Id"] = "MCMxOTpiYWtlcnk", ["MeetingType"] = "Scheduled", ["Title"] = "Bakery interview", ["JoinUrl"] = "https://teams.microsoft.com/l/meetup-join/19%3ameeting" },
        ["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = "00000000-0000-0000-0000-0000000000001" },
            ["meeting"] = new JsonObject { ["id"] = "MCMxOTpiYWtlcnk" },
        },
    };

    private (string Kind, int? Updates, int Count)[] JournaledNudges() =>
        File.ReadLines(Directory.GetFiles(Path.Combine(_server.DataDirectory, "journals")).Single())
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("type").GetString() == "nudge_raised")
            .Select(e => e.GetProperty("nudge"))
            .Select(n => (n.GetProperty("kind").GetString()!,
                n.TryGetProperty("updates", out var u) && u.ValueKind == JsonValueKind.Number ? u.GetInt32() : (int?)null,
                n.TryGetProperty("count", out var c) ? c.GetInt32() : 1))
            .ToArray();

    /// <summary>The emulator's own web UI in headless Chromium, on the interviewer's chat showing a nudge card.</summary>
    private async Task TakeScreenshotAsync()
    {
        var tip = Page.GetByText("Try:").Last;
        await tip.WaitForAsync(new() { Timeout = 30_000 });
        await tip.ScrollIntoViewIfNeededAsync();
        var folder = Path.Combine(Playground.RepoRoot(), "artifacts");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "playground-nudge-card.png");
        await Page.ScreenshotAsync(new() { Path = file });
        Assert.True(new FileInfo(file).Length > 10_000);
    }
}

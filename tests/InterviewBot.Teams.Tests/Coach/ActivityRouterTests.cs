using System.Text.Json;
using InterviewBot.Core.Coaching;
using InterviewBot.Teams.Coach;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Teams.Tests.Coach;

/// <summary>The meeting flow against a recording connector: who gets what, in which chat.</summary>
public sealed class ActivityRouterTests : IAsyncLifetime
{
    private readonly RecordingConnector _connector = new();
    private readonly string _data = Directory.CreateTempSubdirectory("ib-coach-").FullName;
    private ServiceProvider _services = null!;
    private Activities _teams = null!;
    private ActivityRouter Coach => _services.GetRequiredService<ActivityRouter>();

    public async Task InitializeAsync()
    {
        await _connector.StartAsync();
        _connector.Names[Activities.Interviewer.Id] = "Priya Nair";
        _services = TeamsServices.Build(_connector, _data);
        _teams = new Activities(_connector.BaseUri);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private async Task InstallAndSetUpAsync()
    {
        await Coach.HandleAsync(_teams.Installed(), CancellationToken.None);
        await Coach.HandleAsync(_teams.Press(Cards.CoachCards.SetupVerb, new
        {
            meeting = Activities.MeetingChat, goal = "understand how bakeries plan staff for weekends", interviewee = "Marcus", company = "Crumb & Co", plannedMinutes = "15", kind = "auto",
        }), CancellationToken.None);
    }

    /// <summary>Runs the bundled demo to its end inside a started meeting, then ends the meeting.</summary>
    private async Task RunDemoMeetingAsync()
    {
        await InstallAndSetUpAsync();
        await Coach.HandleAsync(_teams.MeetingStart(), CancellationToken.None);
        await Coach.HandleAsync(_teams.Say("demo"), CancellationToken.None);
        var live = _services.GetRequiredService<MeetingRegistry>().Find(Activities.MeetingChat)!.Live!;
        for (var i = 0; i < 600 && live.DemoRunning; i++) await Task.Delay(50);
        Assert.False(live.DemoRunning, "the demo did not finish");
        await Coach.HandleAsync(_teams.MeetingEnd(), CancellationToken.None);
    }

    [Fact]
    public async Task Install_GreetsTheMeetingOnce_AndAsksTheInstallerPrivatelyForSetup()
    {
        await Coach.HandleAsync(_teams.Installed(), CancellationToken.None);
        await Coach.HandleAsync(_teams.BotAdded(), CancellationToken.None); // Teams sends both for one install

        var posted = _connector.Posted;
        Assert.Equal(2, posted.Count);
        Assert.Equal(Activities.MeetingChat, posted[0].ConversationId);
        Assert.Contains("Only Priya Nair sees my nudges", posted[0].Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(Activities.InterviewerChat, posted[1].ConversationId);
        Assert.Contains("Set up your interview coach", posted[1].CardText, StringComparison.Ordinal);
        var created = Assert.Single(_connector.Calls, c => c.Path == "/v3/conversations");
        Assert.Equal(Activities.Interviewer.Id, Assert.Single(created.Body!["members"]!.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task SetupSubmit_AnswersWithTheSavedSetup_DetectsTheKind_AndSendsTheGuide()
    {
        await Coach.HandleAsync(_teams.Installed(), CancellationToken.None);

        var response = await Coach.HandleAsync(_teams.Press(Cards.CoachCards.SetupVerb, new
        {
            meeting = Activities.MeetingChat, goal = "a quotable case study with metrics for our homepage", interviewee = "Marcus", plannedMinutes = "30", kind = "auto",
        }), CancellationToken.None);

        Assert.NotNull(response);
        var body = response.Body!.Value;
        Assert.Equal(Cards.AdaptiveCard.ContentType, body.GetProperty("type").GetString());
        var card = body.GetProperty("value").GetRawText();
        Assert.Contains("case_study (detected from the goal)", card, StringComparison.Ordinal);
        var guide = _connector.Posted[^1];
        Assert.Equal(Activities.InterviewerChat, guide.ConversationId);
        Assert.Contains("Discussion guide", guide.Body!["text"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SetupWithoutAGoal_ShowsTheSetupCardAgain()
    {
        await Coach.HandleAsync(_teams.Installed(), CancellationToken.None);

        var response = await Coach.HandleAsync(_teams.Press(Cards.CoachCards.SetupVerb, new { meeting = Activities.MeetingChat, goal = " " }), CancellationToken.None);

        Assert.Contains("Set up your interview coach", response!.Body!.Value.GetProperty("value").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoMeeting_NudgesArriveAsCards_InTheInterviewersChatOnly()
    {
        await RunDemoMeetingAsync();

        var nudges = _connector.Posted.Where(c => c.CardText.Contains("\"verb\":\"feedback\"", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(nudges);
        Assert.All(nudges, n => Assert.Equal(Activities.InterviewerChat, n.ConversationId));
        // Every nudge the session raised (the journal says which) reached the interviewer, in order.
        var delivered = nudges.Select(n => n.Card!["actions"]![0]!["data"]!["nudge"]!.GetValue<string>()).ToArray();
        var raised = JournaledNudges().Where(n => n.Updates is null).Select(n => n.Kind).ToArray();
        Assert.Equal(raised, delivered);
        Assert.True(delivered.Length >= 5, string.Join(", ", delivered));
        Assert.Contains(NudgeKinds.LeadingQuestion, delivered);
        Assert.Contains(NudgeKinds.Pitch, delivered);
        // Everything after the one greeting went to the interviewer alone; no chat was opened with anyone else.
        Assert.Single(_connector.Posted, c => c.ConversationId == Activities.MeetingChat);
        Assert.All(_connector.Calls.Where(c => c.Path == "/v3/conversations"), c => Assert.Equal(Activities.Interviewer.Id, c.Body!["members"]![0]!["id"]!.GetValue<string>()));
        Assert.DoesNotContain(_connector.Calls, c => c.Path.Contains("marcus", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task DemoMeeting_ARepeatInsideTheSameKindWindow_UpdatesTheCardAlreadySent()
    {
        await RunDemoMeetingAsync();

        var journaled = JournaledNudges();
        var repeats = journaled.Where(n => n.Updates is not null).ToArray();
        Assert.NotEmpty(repeats);
        // The connector answers the i-th posted activity with id activity-i, so each card's activity id is known.
        var posted = _connector.Posted.Select((c, i) => (Call: c, ActivityId: $"activity-{i + 1}")).Where(p => IsNudgeCard(p.Call)).ToArray();
        Assert.Equal(journaled.Length - repeats.Length, posted.Length);
        var nudgeUpdates = _connector.Calls.Where(c => c.Method == "PUT" && IsNudgeCard(c)).ToArray();
        Assert.Equal(repeats.Length, nudgeUpdates.Length);
        foreach (var (repeat, put) in repeats.Zip(nudgeUpdates))
        {
            var first = journaled.First(n => n.Id == repeat.Updates);
            var card = posted[Array.FindIndex(journaled.Where(n => n.Updates is null).ToArray(), n => n.Id == first.Id)];
            Assert.EndsWith("/" + card.ActivityId, put.Path, StringComparison.Ordinal);
            Assert.Equal(Activities.InterviewerChat, put.ConversationId);
            Assert.Equal(repeat.Kind, put.Card!["actions"]![0]!["data"]!["nudge"]!.GetValue<string>());
            Assert.Contains($"{repeat.Count} times", put.CardText, StringComparison.Ordinal);
        }
    }

    private static bool IsNudgeCard(RecordingConnector.Call call) => call.CardText.Contains("\"verb\":\"feedback\"", StringComparison.Ordinal);

    /// <summary>The nudges the session journaled, in order: new cards and updates of cards already shown.</summary>
    private (int Id, string Kind, int? Updates, int Count)[] JournaledNudges() =>
        File.ReadLines(Directory.GetFiles(Path.Combine(_data, "journals")).Single())
            .Select(l => JsonDocument.Parse(l).RootElement).Where(e => e.GetProperty("type").GetString() == "nudge_raised")
            .Select(e => e.GetProperty("nudge"))
            .Select(n => (n.GetProperty("id").GetInt32(), n.GetProperty("kind").GetString()!,
                n.TryGetProperty("updates", out var u) && u.ValueKind == JsonValueKind.Number ? u.GetInt32() : (int?)null,
                n.TryGetProperty("count", out var c) ? c.GetInt32() : 1))
            .ToArray();

    [Fact]
    public async Task MeetingEnd_SummaryCardListsTheMomentsToRevisit_IncludingThoseNotShownLive()
    {
        await RunDemoMeetingAsync();

        var summary = _connector.Posted[^1];
        var session = Directory.GetDirectories(Path.Combine(_data, "artifacts")).Single();
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(session, "report.json")));
        var moments = report.RootElement.GetProperty("scorecard").GetProperty("moments_to_revisit").EnumerateArray().ToArray();
        Assert.NotEmpty(moments);
        Assert.Contains($"Moments to revisit ({moments.Length})", summary.CardText, StringComparison.Ordinal);
        var first = moments[0];
        Assert.Contains($"“{first.GetProperty("words").GetString()}”", summary.CardText, StringComparison.Ordinal);
        var notShown = moments.Take(5).Count(m => !m.GetProperty("shown").GetBoolean());
        Assert.Equal(notShown, summary.CardText.Split("(not shown live)").Length - 1);
    }

    [Fact]
    public async Task DemoMeeting_StatusCardIsOneActivity_UpdatedInPlace()
    {
        await RunDemoMeetingAsync();

        var status = Assert.Single(_connector.Posted, c => c.CardText.Contains("Coaching live", StringComparison.Ordinal));
        var updates = _connector.Calls.Where(c => c.Method == "PUT" && !IsNudgeCard(c)).ToArray();
        Assert.True(updates.Length >= 3, $"{updates.Length} updates");
        var id = updates[0].Path.Split('/')[^1];
        Assert.All(updates, u => Assert.EndsWith("/" + id, u.Path, StringComparison.Ordinal));
        Assert.Contains("Interview ended", updates[^1].CardText, StringComparison.Ordinal);
        Assert.Contains("Next topic", status.CardText + updates[1].CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingEnd_SendsTheSummary_AndWritesTheArtefacts()
    {
        await RunDemoMeetingAsync();

        var summary = _connector.Posted[^1];
        Assert.Equal(Activities.InterviewerChat, summary.ConversationId);
        Assert.Contains("Interview summary", summary.CardText, StringComparison.Ordinal);
        Assert.Contains("Scorecard", summary.CardText, StringComparison.Ordinal);
        Assert.Contains("Thank-you email draft", summary.CardText, StringComparison.Ordinal);
        var link = summary.Card!["actions"]![0]!["url"]!.GetValue<string>();
        Assert.StartsWith("https://coach.example.com/reports/session-", link, StringComparison.Ordinal);
        var session = Directory.GetDirectories(Path.Combine(_data, "artifacts")).Single();
        foreach (var file in new[] { "report.html", "snapshot.md", "email.md", "transcript.vtt" }) Assert.True(File.Exists(Path.Combine(session, file)), file);
    }

    [Fact]
    public async Task Commands_AreAnsweredInTheInterviewersChat()
    {
        await InstallAndSetUpAsync();
        await Coach.HandleAsync(_teams.MeetingStart(), CancellationToken.None);

        await Coach.HandleAsync(_teams.Say("<at>InterviewBot</at> snooze 5"), CancellationToken.None);
        await Coach.HandleAsync(_teams.Say("mute closed_question"), CancellationToken.None);
        await Coach.HandleAsync(_teams.Say("mute everything"), CancellationToken.None);
        await Coach.HandleAsync(_teams.Say("unmute"), CancellationToken.None);
        await Coach.HandleAsync(_teams.Say("help"), CancellationToken.None);

        var replies = _connector.Posted.Where(c => c.Body?["text"] is not null && c.ConversationId == Activities.InterviewerChat).Select(c => c.Body!["text"]!.GetValue<string>()).ToArray();
        Assert.Contains(replies, r => r.Contains("no nudges for 5 min", StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Contains("Muted **Closed question**", StringComparison.Ordinal));
        Assert.Contains(replies, r => r.StartsWith("Which nudge?", StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Contains("All nudges are on again", StringComparison.Ordinal));
        Assert.Contains(replies, r => r.Contains("**demo**", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MessagesInTheMeetingChat_AreNeverAnswered()
    {
        await InstallAndSetUpAsync();
        var before = _connector.Posted.Count;

        await Coach.HandleAsync(_teams.Say("help", Activities.Interviewee, Activities.MeetingChat, "groupChat"), CancellationToken.None);

        Assert.Equal(before, _connector.Posted.Count);
    }

    [Fact]
    public async Task CardActionFromSomeoneElse_IsRefused()
    {
        await InstallAndSetUpAsync();
        await Coach.HandleAsync(_teams.MeetingStart(), CancellationToken.None);

        var response = await Coach.HandleAsync(_teams.Press(Cards.CoachCards.MuteVerb, new { meeting = Activities.MeetingChat, nudge = "pitch" }, Activities.Interviewee), CancellationToken.None);

        Assert.Equal("Only the interviewer can change the coach.", response!.Body!.Value.GetProperty("value").GetString());
    }

    [Fact]
    public async Task NudgeButtons_AreRecordedInTheSessionJournal()
    {
        await InstallAndSetUpAsync();
        await Coach.HandleAsync(_teams.MeetingStart(), CancellationToken.None);

        var muted = await Coach.HandleAsync(_teams.Press(Cards.CoachCards.MuteVerb, new { meeting = Activities.MeetingChat, nudge = "pitch", number = "1" }), CancellationToken.None);
        var feedback = await Coach.HandleAsync(_teams.Press(Cards.CoachCards.FeedbackVerb, new { meeting = Activities.MeetingChat, nudge = "pitch", number = "1", helpful = "false" }), CancellationToken.None);
        await Coach.HandleAsync(_teams.MeetingEnd(), CancellationToken.None);

        Assert.Contains("Muted Pitching", muted!.Body!.Value.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Thanks", feedback!.Body!.Value.GetProperty("value").GetString(), StringComparison.Ordinal);
        var journal = File.ReadAllText(Directory.GetFiles(Path.Combine(_data, "journals")).Single());
        Assert.Contains("\"type\":\"nudge_muted\",\"kind\":\"pitch\"", journal, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"nudge_feedback\"", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InMeetingNotifications_WhenEnabled_TargetTheInterviewerOnly()
    {
        await _services.DisposeAsync();
        _services = TeamsServices.Build(_connector, _data, new Dictionary<string, string?> { ["Coach:InMeetingNotifications"] = "true" });

        await RunDemoMeetingAsync();

        var notices = _connector.Calls.Where(c => c.Path.StartsWith("/v1/meetings/", StringComparison.Ordinal) && c.Path.EndsWith("/notification", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(notices);
        Assert.All(notices, n =>
        {
            Assert.Equal("/v1/meetings/MCMxOTptZWV0aW5n/notification", n.Path);
            Assert.Equal("targetedMeetingNotification", n.Body!["type"]!.GetValue<string>());
            Assert.Equal("aad-priya", Assert.Single(n.Body["value"]!["recipients"]!.AsArray())!.GetValue<string>());
            Assert.StartsWith("https://coach.example.com/teams/stage?nudge=", n.Body["value"]!["surfaces"]![0]!["content"]!["value"]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task CaseStudyInterview_SummaryLinksTheContentPack()
    {
        await Coach.HandleAsync(_teams.Installed(), CancellationToken.None);
        await Coach.HandleAsync(_teams.Press(Cards.CoachCards.SetupVerb, new { meeting = Activities.MeetingChat, goal = "a case study with metrics for our homepage", kind = "case_study" }),
            CancellationToken.None);
        await Coach.HandleAsync(_teams.MeetingStart(), CancellationToken.None);
        await Coach.HandleAsync(_teams.Say("demo"), CancellationToken.None);
        var live = _services.GetRequiredService<MeetingRegistry>().Find(Activities.MeetingChat)!.Live!;
        for (var i = 0; i < 600 && live.DemoRunning; i++) await Task.Delay(50);
        await Coach.HandleAsync(_teams.MeetingEnd(), CancellationToken.None);

        var actions = _connector.Posted[^1].Card!["actions"]!.AsArray();
        var buttons = actions.Where(a => a!["url"] is not null).Select(a => (a!["title"]!.GetValue<string>(), a["url"]!.GetValue<string>())).ToArray();
        Assert.Equal(["Open full report", "Case study draft", "Testimonials", "LinkedIn post", "Newsletter blurb"], buttons.Select(b => b.Item1));
        Assert.Equal("Save email as Outlook draft", actions[^1]!["title"]!.GetValue<string>());
        Assert.All(buttons, b => Assert.StartsWith("https://coach.example.com/reports/", b.Item2, StringComparison.Ordinal));
        var session = Directory.GetDirectories(Path.Combine(_data, "artifacts")).Single();
        Assert.True(File.Exists(Path.Combine(session, "case-study.md")));
    }
}

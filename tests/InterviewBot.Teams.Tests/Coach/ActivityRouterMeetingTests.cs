using System.Text.Json;
using InterviewBot.Core.Coaching;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Teams.Tests.Coach;

/// <summary>A coached meeting from start to end against a recording connector: nudge cards, the status card, the summary and its artefacts.</summary>
public sealed class ActivityRouterMeetingTests : ActivityRouterTestBase
{
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

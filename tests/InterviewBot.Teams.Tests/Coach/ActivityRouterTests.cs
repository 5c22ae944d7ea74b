using InterviewBot.Teams.Tests.TestSupport;

namespace InterviewBot.Teams.Tests.Coach;

/// <summary>Install, set-up, typed commands and card buttons against a recording connector: who gets what, in which chat.</summary>
public sealed class ActivityRouterTests : ActivityRouterTestBase
{
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
}

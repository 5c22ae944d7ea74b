using System.Text.Json;
using InterviewBot.Teams.Coach;

namespace InterviewBot.Teams.Tests.Coach;

/// <summary>Typed commands and card buttons parse into one action, with one rule each.</summary>
public sealed class CoachActionTests
{
    private static CoachAction Button(string verb, object data) =>
        CoachAction.FromButton(JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb, data } }));

    [Theory]
    [InlineData("snooze", 10)]
    [InlineData("snooze 5", 5)]
    [InlineData("snooze 120", 120)]
    [InlineData("snooze 0", null)]
    [InlineData("snooze 121", null)]
    [InlineData("snooze soon", null)]
    public void TypedSnooze_TakesWholeMinutesFrom1To120_DefaultTen(string text, int? minutes) =>
        Assert.Equal(minutes, CoachAction.FromText(text)!.SnoozeMinutes());

    [Theory]
    [InlineData("themes", 30)]
    [InlineData("Themes 7", 7)]
    [InlineData("themes 365", 365)]
    [InlineData("themes 0", null)]
    [InlineData("themes 366", null)]
    [InlineData("themes -7", null)]
    public void TypedThemes_TakesWholeDaysFrom1To365_Default30(string text, int? days) =>
        Assert.Equal(days, CoachAction.FromText(text)!.ThemesDays());

    [Theory]
    [InlineData(null, 10)]
    [InlineData("5", 5)]
    [InlineData("500", null)]
    [InlineData("-3", null)]
    public void SnoozeButton_FollowsTheSameRuleAsTheTypedCommand(string? minutes, int? expected)
    {
        var button = minutes is null ? Button(CoachAction.Snooze, new { meeting = "m" }) : Button(CoachAction.Snooze, new { meeting = "m", minutes });

        Assert.Equal(expected, button.SnoozeMinutes());
    }

    [Fact]
    public void MuteTypedOrPressed_NamesTheSameNudge_AndAnUnknownOneIsRefused()
    {
        Assert.Equal("pitch", CoachAction.FromText("mute Pitch")!.NudgeKind());
        Assert.Equal("pitch", Button(CoachAction.Mute, new { nudge = "pitch" }).NudgeKind());
        Assert.Null(CoachAction.FromText("mute everything")!.NudgeKind());
        Assert.Null(Button(CoachAction.Mute, new { nudge = "everything" }).NudgeKind());
    }

    [Fact]
    public void Mentions_AndMarkup_AreNotPartOfTheCommand()
    {
        var action = CoachAction.FromText("<at>InterviewBot</at> <p>snooze 7</p>")!;

        Assert.Equal((CoachAction.Snooze, 7), (action.Name, action.SnoozeMinutes()));
        Assert.False(action.FromCard);
    }

    [Fact]
    public void OlderClientsSubmitData_WithTheVerbInside_IsTheSameButton()
    {
        var submit = CoachAction.FromButton(JsonSerializer.SerializeToElement(new { verb = "mute", meeting = "chat-1", nudge = "pitch" }));

        Assert.Equal((CoachAction.Mute, "chat-1", "pitch"), (submit.Name, submit.MeetingChatId, submit.NudgeKind()));
    }
}

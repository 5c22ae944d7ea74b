using InterviewBot.Core.Coaching.Classification;
using InterviewBot.Core.Coaching.Labels;

namespace InterviewBot.Core.Tests.Coaching.Classification;

public class QuantityDetectorTests
{
    [Theory]
    [InlineData("I set up a WhatsApp group with all fourteen part-timers.")]
    [InlineData("We imported 9,000 duplicates.")]
    [InlineData("About twice a month.")]
    [InlineData("Six of us.")]
    [InlineData("it takes me two or three hours")]
    [InlineData("we went from twelve no-shows a week to four")]
    [InlineData("We pay $400 a month.")]
    public void Count_IsAQuantity(string text) =>
        Assert.True(QuantityDetector.HasQuantity(UtteranceText.From(text).Normalized), text);

    [Theory]
    [InlineData("Two weeks ago an older gentleman came in.")]
    [InlineData("In 2019 I signed the lease.")]
    [InlineData("The courier came on the 28th.")]
    [InlineData("He showed up at six.")]
    [InlineData("She called at 9:40 in the morning.")]
    [InlineData("It ended up in bay 41, right next to the dock.")]
    [InlineData("Like an eight, probably.")]
    [InlineData("We texted them one by one.")]
    public void Reference_IsNotAQuantity(string text) =>
        Assert.False(QuantityDetector.HasQuantity(UtteranceText.From(text).Normalized), text);
}

public class StoryDetectorTests
{
    [Theory]
    [InlineData("Last Tuesday the walk-in cooler died at 2 a.m.", null)]
    [InlineData("Last Thursday, which is usually our slowest day, we got slammed with a bus tour.", null)]
    [InlineData("I called our refrigeration guy, Hector, and sat in the kitchen until he showed up at six.", "Do you remember what you did next?")]
    public void SpecificPastEvent_IsAStory(string text, string? previous) =>
        Assert.True(StoryDetector.IsStory(UtteranceText.From(text), previous), text);

    [Theory]
    [InlineData("honestly we usually just copy last year's schedule and tweak it")]
    [InlineData("Last month overtime was about $3,200 lower than the same month last year.")]
    [InlineData("Okay, put me down for Thursday at two.")]
    [InlineData("The first month on the new system was rough.")]
    public void HabitStatisticOrPlan_IsNotAStory(string text) =>
        Assert.False(StoryDetector.IsStory(UtteranceText.From(text), null), text);
}

public class FollowUpDetectorTests
{
    private static bool IsFollowUp(string question, string context, UtteranceLabels contextLabels = UtteranceLabels.None) =>
        FollowUpDetector.IsFollowUp(UtteranceText.From(question), context, contextLabels);

    [Fact]
    public void MagnitudeAfterAVagueSize_IsAFollowUp() =>
        Assert.True(IsFollowUp("How big a chunk, roughly?", "Not the whole Sunday, but a chunk of it.", UtteranceLabels.VagueQuantity));

    [Fact]
    public void InstanceAfterAHabit_IsAFollowUp() =>
        Assert.True(IsFollowUp("Tell me about the last dispute.", "typically we just knock ten percent off", UtteranceLabels.Generalization));

    [Fact]
    public void QuestionOnTheirOwnWords_IsAFollowUp() =>
        Assert.True(IsFollowUp("How has the group worked out?", "I set up a WhatsApp group with all fourteen part-timers."));

    [Fact]
    public void TopicChange_IsNotAFollowUp() =>
        Assert.False(IsFollowUp("Okay, switching gears, how big is your team?", "It would be nice if it grouped duplicate tickets."));

    [Fact]
    public void NoContext_IsNotAFollowUp() =>
        Assert.False(IsFollowUp("What happened next?", ""));
}

public class AlternativeDetectorTests
{
    [Theory]
    [InlineData("We demoed Homebase last year.")]
    [InlineData("We switched from Brightwheel after a month.")]
    [InlineData("I add them up on a calculator at the kitchen table.")]
    [InlineData("we hired a freelancer to do it")]
    public void ToolOrWorkaround_IsAnAlternative(string text) =>
        Assert.True(AlternativeDetector.Mentions(UtteranceText.From(text)), text);

    [Theory]
    [InlineData("We tried calling on Monday.")]
    [InlineData("The team really likes it.")]
    public void OrdinaryWords_AreNotAlternatives(string text) =>
        Assert.False(AlternativeDetector.Mentions(UtteranceText.From(text)), text);
}

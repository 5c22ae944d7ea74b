using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Tests.Coaching.Classification;

public class PatternClassifierTests
{
    private static UtteranceLabels Interviewer(string text, string? previous = null) =>
        CoachFactory.Classifier.Classify(text, ParticipantRole.Interviewer, previous).Labels;

    private static UtteranceLabels Interviewee(string text) =>
        CoachFactory.Classifier.Classify(text, ParticipantRole.Interviewee, null).Labels;

    private static StructureTags Tags(string text) =>
        CoachFactory.Classifier.Classify(text, ParticipantRole.Interviewer, null).Tags;

    [Theory]
    [InlineData("Walk me through the last time you built the schedule.", UtteranceLabels.OpenQuestion)]
    [InlineData("how did you handle it after that", UtteranceLabels.OpenQuestion)]
    [InlineData("Tell me more about that.", UtteranceLabels.FollowUp)]
    [InlineData("Do you use Slack?", UtteranceLabels.ClosedQuestion)]
    [InlineData("You love how fast it is, right?", UtteranceLabels.LeadingQuestion)]
    [InlineData("Don't you think patients would rather pay online?", UtteranceLabels.LeadingQuestion)]
    [InlineData("Would you use a tool that did that for you?", UtteranceLabels.HypotheticalQuestion)]
    [InlineData("If we built it, would you pay for it?", UtteranceLabels.HypotheticalQuestion)]
    [InlineData("What do you usually do when a driver is late?", UtteranceLabels.GenericQuestion)]
    [InlineData("How do you track it? And who sees the report?", UtteranceLabels.MultiPartQuestion)]
    [InlineData("Oh, we're working on that right now!", UtteranceLabels.Pitch)]
    public void InterviewerPattern_IsLabelled(string text, UtteranceLabels expected) =>
        Assert.True(Interviewer(text).HasFlag(expected), $"{text} → {Interviewer(text)}");

    [Theory]
    [InlineData("If we fixed that, what would change for you?")]
    [InlineData("If a friend were in your shoes, what would you tell them?")]
    public void RecommendedConditional_IsNotHypothetical(string text) =>
        Assert.False(Interviewer(text).HasFlag(UtteranceLabels.HypotheticalQuestion), $"{text} → {Interviewer(text)}");

    [Fact]
    public void FeatureRequestWhy_IsNotHypothetical() =>
        Assert.False(Interviewer("Okay, and can you explain how would that help you?").HasFlag(UtteranceLabels.HypotheticalQuestion));

    [Fact]
    public void WouldYouFindItUseful_IsHypothetical() =>
        Assert.True(Interviewer("Would you find it useful if there was a way to provide your own rankings to the tool?").HasFlag(UtteranceLabels.HypotheticalQuestion));

    [Fact]
    public void NamingBackWhatAThingIs_IsNotLeading() =>
        Assert.False(Interviewer("Okay. So it's a mirror of the package registry, right?").HasFlag(UtteranceLabels.LeadingQuestion));

    [Fact]
    public void NamingBackAnOpinion_IsStillLeading() =>
        Assert.True(Interviewer("So it's a great tool for the team, right?").HasFlag(UtteranceLabels.LeadingQuestion));

    [Fact]
    public void TwoFullQuestionsAfterAFillerBetweenCommas_AreMultiPart() =>
        Assert.True(Interviewer("So for the reports, uh, did you find them useful and did you find any of them unclear?").HasFlag(UtteranceLabels.MultiPartQuestion));

    [Fact]
    public void DesignMotivationWithAHyphenatedVerb_IsPitch() =>
        Assert.True(Interviewer("So I guess the motivation for pre-computing it was mostly to cut down on the waiting.").HasFlag(UtteranceLabels.Pitch));

    [Fact]
    public void PainPoint_IsAComplaint() =>
        Assert.True(Interviewee("So the pain point for me is trying to recover all of the code that made the charts.").HasFlag(UtteranceLabels.Complaint));

    [Fact]
    public void TheirWordsPlayedBack_AreNotLeading() =>
        Assert.False(Interviewer("So you're saying the export never finished, right?").HasFlag(UtteranceLabels.LeadingQuestion));

    [Theory]
    [InlineData("Our idea with the tool is that you see every chart at once.")]
    [InlineData("So I considered adding a way to weight the charts by density.")]
    [InlineData("For that we already support exporting to CSV.")]
    [InlineData("One of the problems we're trying to address with the dashboard is too many charts.")]
    public void ModeratorExplainingTheDesign_IsPitch(string text) =>
        Assert.True(Interviewer(text).HasFlag(UtteranceLabels.Pitch), $"{text} → {Interviewer(text)}");

    [Fact]
    public void RightAfterThat_IsNotATagQuestion() =>
        Assert.False(Interviewer("Right after that, what did you do?").HasFlag(UtteranceLabels.LeadingQuestion));

    [Fact]
    public void LeadingQuestion_IsNotAlsoOpen() =>
        Assert.Equal(UtteranceLabels.LeadingQuestion, Interviewer("How much do you love the new pipeline view?"));

    [Theory]
    [InlineData("It saves us a ton of time.", UtteranceLabels.VagueQuantity)]
    [InlineData("It takes me about fifteen hours a week.", UtteranceLabels.Quantified)]
    [InlineData("We pay $50k a year for it.", UtteranceLabels.Quantified)]
    [InlineData("I usually do it on Sunday nights.", UtteranceLabels.Generalization)]
    [InlineData("It's great.", UtteranceLabels.VaguePraise)]
    [InlineData("The problem is nobody updates the ETA.", UtteranceLabels.Complaint)]
    [InlineData("Honestly it was a relief.", UtteranceLabels.Emotion)]
    [InlineData("It would be nice if it texted the dock.", UtteranceLabels.FeatureRequest)]
    [InlineData("We tried Otter and Fireflies.", UtteranceLabels.AlternativeMention)]
    [InlineData("Last Tuesday at 5am one baker called in sick.", UtteranceLabels.Story)]
    [InlineData("Sure, I'll intro you to our ops lead.", UtteranceLabels.Commitment)]
    [InlineData("Yeah, it's good.", UtteranceLabels.ShortAnswer)]
    public void IntervieweePattern_IsLabelled(string text, UtteranceLabels expected) =>
        Assert.True(Interviewee(text).HasFlag(expected), $"{text} → {Interviewee(text)}");

    [Theory]
    [InlineData("We opened in 2019 and moved in March.")]
    [InlineData("We're on version 3.2 of the app now.")]
    public void DatesAndVersions_AreNotQuantities(string text) =>
        Assert.False(Interviewee(text).HasFlag(UtteranceLabels.Quantified), $"{text} → {Interviewee(text)}");

    [Fact]
    public void ANumber_SettlesAVagueSize() =>
        Assert.False(Interviewee("It saves a lot, maybe ten hours a week.").HasFlag(UtteranceLabels.VagueQuantity));

    [Theory]
    [InlineData("Do you mind if I record this?", StructureTags.ConsentRequest)]
    [InlineData("Is there anything else you'd like to add?", StructureTags.WrapUp)]
    [InlineData("Would you be open to a pilot next month?", StructureTags.NextStep)]
    [InlineData("How did you first hear about us?", StructureTags.Discovery)]
    [InlineData("What's been hardest about the schedule?", StructureTags.Challenges)]
    public void StructureTag_IsFound(string text, StructureTags expected) =>
        Assert.True(Tags(text).HasFlag(expected), $"{text} → {Tags(text)}");

    [Fact]
    public void SpeechToTextOutput_WithFillersAndNoPunctuation_IsLabelled() =>
        Assert.True(Interviewer("um so uh you love how simple it is right").HasFlag(UtteranceLabels.LeadingQuestion));

    [Fact]
    public void ObserverWords_GetNoLabels() =>
        Assert.Equal(default, CoachFactory.Classifier.Classify("You love it, right?", ParticipantRole.Observer, null));
}

using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Rules;
using static InterviewBot.Core.Tests.TestSupport.Build;

namespace InterviewBot.Core.Tests.Coaching.Rules;

public class QuestionLabelRuleTests
{
    private static List<Nudge> Say(string text) => ApplyAll(Isolated(new QuestionLabelRule()), Turn(Interviewer, 100, 104, text));

    [Theory]
    [InlineData("So I bet you spend hours every week on the staff schedule, right?", NudgeKinds.LeadingQuestion)]
    [InlineData("Would you pay, like, forty dollars a month for something like that?", NudgeKinds.HypotheticalQuestion)]
    [InlineData("What do you usually do when a patient doesn't show up?", NudgeKinds.GenericQuestion)]
    [InlineData("Our tool actually does exactly that, we built it last year.", NudgeKinds.Pitch)]
    [InlineData("Do you use any software for the schedule itself?", NudgeKinds.ClosedQuestion)]
    [InlineData("How do you track it? And who sees the report?", NudgeKinds.MultiPartQuestion)]
    public void CoachedLabel_RaisesItsNudgeQuotingTheWords(string text, string kind)
    {
        var nudge = Assert.Single(Say(text), n => n.Kind == kind);

        Assert.Equal(text, nudge.Quote);
        Assert.NotEmpty(nudge.Message);
        Assert.NotEmpty(nudge.Suggestion);
    }

    [Theory]
    [InlineData("Do you mind if I record? It's just so I don't have to take notes.")]
    [InlineData("Is there anything else you'd like to add that I didn't ask?")]
    [InlineData("Would you be open to a second call with your ops lead?")]
    [InlineData("Can you give me an example?")]
    public void RecommendedClosedQuestions_AreNotNudged(string text) =>
        Assert.DoesNotContain(Say(text), n => n.Kind == NudgeKinds.ClosedQuestion);

    [Fact]
    public void OpenQuestion_IsNotNudged() =>
        Assert.Empty(Say("Walk me through the last time you built the schedule."));

    [Fact]
    public void ClosedQuestion_SuggestionReusesItsTopic()
    {
        var nudge = Assert.Single(Say("Do you use any software for the schedule itself?"));

        Assert.Contains("the schedule", nudge.Suggestion, StringComparison.Ordinal);
        Assert.Contains("How", nudge.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void IntervieweeWords_AreNeverNudged() =>
        Assert.Empty(ApplyAll(Isolated(new QuestionLabelRule()), Turn(Interviewee, 100, 104, "You love it, right?")));
}

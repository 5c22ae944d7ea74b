using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Rules;
using InterviewBot.Core.Sessions;
using static InterviewBot.Core.Tests.TestSupport.Build;

namespace InterviewBot.Core.Tests.Coaching.Rules;

public class CoverageRuleTests
{
    [Fact]
    public void NoGoalOrConsentInTheFirstMinute_IsRemindedInsideTheQuietStart()
    {
        var raised = ApplyAll(Isolated(new CoverageRule()), [.. Turn(Interviewer, 1, 5, "Hey, thanks for joining!"), .. Ticks(6, 100)]);

        var nudge = Assert.Single(raised);
        Assert.Equal(NudgeKinds.Coverage, nudge.Kind);
        Assert.Equal(S(60), nudge.At);
    }

    [Fact]
    public void GoalStated_NeedsNoReminder() =>
        Assert.Empty(ApplyAll(Isolated(new CoverageRule()),
            [.. Turn(Interviewer, 1, 8, "Today I'm trying to understand how you schedule your staff."), .. Ticks(9, 100)]));

    [Fact]
    public void AtSixtyPercent_NamesTheFirstMissingTagOfTheKind()
    {
        var setup = new SessionSetup(Company: "Masa Madre", PlannedMinutes: 10, Kind: InterviewKind.Discovery);
        var raised = ApplyAll(Isolated(new CoverageRule(), setup),
        [
            .. Turn(Interviewer, 1, 8, "Today I'm trying to understand how you schedule your staff."),
            .. Turn(Interviewer, 100, 105, "Before you had the app, how did you handle the schedule?"),
            .. Ticks(106, 360),
        ]);

        var nudge = Assert.Single(raised);
        Assert.Equal(S(360), nudge.At);
        Assert.Contains("missing: challenges, alternatives, results_metrics", nudge.Message, StringComparison.Ordinal);
        Assert.Contains("at Masa Madre", nudge.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseStudy_ChecksItsOwnTags()
    {
        var setup = new SessionSetup(PlannedMinutes: 10, Kind: InterviewKind.CaseStudy);
        var raised = ApplyAll(Isolated(new CoverageRule(), setup),
            [.. Turn(Interviewer, 1, 8, "Is it okay if I record this?"), .. Ticks(9, 360)]);

        Assert.Contains("missing: before_context, discovery, skepticism, aha_moment", Assert.Single(raised).Message, StringComparison.Ordinal);
    }
}

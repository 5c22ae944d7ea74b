using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Rules;
using InterviewBot.Core.Sessions;
using static InterviewBot.Core.Tests.TestSupport.Build;

namespace InterviewBot.Core.Tests.Coaching.Rules;

public class WrapUpRuleTests
{
    [Fact]
    public void FiveMinutesBeforePlannedEnd_SuggestsWrappingUp()
    {
        var raised = ApplyAll(Isolated(new WrapUpRule(), new SessionSetup(PlannedMinutes: 10)), Ticks(1, 400));

        var nudge = Assert.Single(raised);
        Assert.Equal(NudgeKinds.WrapUp, nudge.Kind);
        Assert.Equal(S(300), nudge.At);
    }

    [Fact]
    public void WrapUpAlreadyAsked_IsNotNudged()
    {
        var raised = ApplyAll(Isolated(new WrapUpRule(), new SessionSetup(PlannedMinutes: 10)),
            [.. Turn(Interviewer, 200, 204, "Is there anything else you'd like to add?"), .. Ticks(205, 700)]);

        Assert.Empty(raised);
    }

    [Fact]
    public void WithoutPlannedLength_NothingFires() =>
        Assert.Empty(ApplyAll(Isolated(new WrapUpRule()), Ticks(1, 4000)));
}

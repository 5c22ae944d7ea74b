using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Evaluation;
using static InterviewBot.Core.Tests.TestSupport.Build;

namespace InterviewBot.Core.Tests.Coaching.Evaluation;

public class ScenarioCheckTests
{
    private static Nudge N(string kind, double at) => new(kind, S(at), "er", "q", "m", "s");

    private static ScenarioExpectations Expect(ExpectedNudge[] must, ExpectedNudge[] mustNot) => new("x.vtt", null, 30, must, mustNot, []);

    [Fact]
    public void MustNudge_CountsWithinThirtySeconds()
    {
        var result = ScenarioCheck.Check(Expect([new("pitch", S(100), "")], []), [N("pitch", 129)]);
        Assert.True(result.Passed);
    }

    [Fact]
    public void MustNudge_TooFarAway_IsMissed()
    {
        var result = ScenarioCheck.Check(Expect([new("pitch", S(100), "")], []), [N("pitch", 131), N("leading_question", 100)]);
        Assert.Single(result.Missed);
    }

    [Fact]
    public void MustNotAnywhere_CatchesAnyTime()
    {
        var result = ScenarioCheck.Check(Expect([], [new("monologue", null, "")]), [N("monologue", 2000)]);
        Assert.Single(result.Unwanted);
    }

    [Fact]
    public void MustNotNearATime_IgnoresTheSameKindElsewhere()
    {
        var result = ScenarioCheck.Check(Expect([], [new("closed_question", S(300), "")]), [N("closed_question", 400)]);
        Assert.True(result.Passed);
    }

    [Fact]
    public void NudgeClaimedByAMustNudge_IsNotCountedAgainstANearbyMustNot()
    {
        var result = ScenarioCheck.Check(
            Expect([new("closed_question", S(311), "")], [new("closed_question", S(339), "a follow-up")]),
            [N("closed_question", 313)]);
        Assert.True(result.Passed);
    }

    [Fact]
    public void SecondNudgeNearAMustNot_IsUnwanted()
    {
        var result = ScenarioCheck.Check(
            Expect([new("closed_question", S(311), "")], [new("closed_question", S(339), "a follow-up")]),
            [N("closed_question", 313), N("closed_question", 340)]);
        Assert.Equal(S(340), Assert.Single(result.Unwanted).Raised.At);
    }
}

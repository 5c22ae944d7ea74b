using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Evaluation;
using static InterviewBot.Core.Tests.TestSupport.Build;

namespace InterviewBot.Core.Tests.Coaching.Evaluation;

public class ScenarioCheckTests
{
    private static Nudge N(string kind, double at) => new(kind, S(at), "er", "q", "m", "s");

    private static ScenarioExpectations Expect(ExpectedNudge[] must, ExpectedNudge[] mustNot) => new("x.vtt", null, 30, must, mustNot, []);

    [Fact]
    public void MustNudge_TwentySecondsLate_CountsWithItsLateness()
    {
        var result = ScenarioCheck.Check(Expect([new("pitch", S(100), "")], []), [N("pitch", 120)]);

        Assert.True(result.Passed);
        Assert.Equal(S(20), Assert.Single(result.Met).Lateness);
    }

    [Fact]
    public void MustNudge_MoreThanTwentySecondsLate_IsMissed()
    {
        var result = ScenarioCheck.Check(Expect([new("pitch", S(100), "")], []), [N("pitch", 121), N("leading_question", 100)]);
        Assert.Single(result.Missed);
    }

    [Fact]
    public void MustNudge_MoreThanTenSecondsEarly_IsMissed()
    {
        var result = ScenarioCheck.Check(Expect([new("pitch", S(100), "")], []), [N("pitch", 89)]);
        Assert.Single(result.Missed);
    }

    [Fact]
    public void MustNudge_TenSecondsEarly_CountsAsNegativeLateness()
    {
        var result = ScenarioCheck.Check(Expect([new("pitch", S(100), "")], []), [N("pitch", 90)]);
        Assert.Equal(S(-10), Assert.Single(result.Met).Lateness);
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

    [Fact]
    public void LatenessSummary_GivesNearestRankPercentilesAndMax()
    {
        var summary = LatenessSummary.Of(Enumerable.Range(1, 20).Select(i => S(i)));

        Assert.Equal((20, S(10), S(19), S(20)), (summary.Count, summary.P50, summary.P95, summary.Max));
    }
}

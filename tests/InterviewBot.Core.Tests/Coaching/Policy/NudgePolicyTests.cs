using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Policy;
using InterviewBot.Core.Coaching.Rules;
using static InterviewBot.Core.Tests.TestSupport.Build;

namespace InterviewBot.Core.Tests.Coaching.Policy;

public class NudgePolicyTests
{
    private static NudgeCandidate Candidate(string kind, double at, double freshFor = 30, bool quietOk = false) =>
        new(new Nudge(kind, S(at), "er", "q", "m", "s"), S(at + freshFor), quietOk);

    private static NudgePolicy Policy() => new(NudgePolicyOptions.Default);

    [Fact]
    public void QuietStart_HoldsNudgesBack()
    {
        var policy = Policy();

        Assert.Null(policy.Decide(S(20), [Candidate(NudgeKinds.Pitch, 20)]));
        Assert.Null(policy.Decide(S(91), []));
    }

    [Fact]
    public void QuietStart_LetsAllowedRemindersThrough() =>
        Assert.NotNull(Policy().Decide(S(20), [Candidate(NudgeKinds.Coverage, 20, quietOk: true)]));

    [Fact]
    public void SecondNudgeWithinAMinute_WaitsForTheNextFreeSlot()
    {
        var policy = Policy();
        Assert.NotNull(policy.Decide(S(100), [Candidate(NudgeKinds.Pitch, 100)]));

        Assert.Null(policy.Decide(S(130), [Candidate(NudgeKinds.ClosedQuestion, 130, freshFor: 60)]));
        var later = policy.Decide(S(160), []);

        Assert.Equal(NudgeKinds.ClosedQuestion, later?.Kind);
        Assert.Equal(S(160), later?.At);
    }

    [Fact]
    public void StaleCandidate_IsDropped()
    {
        var policy = Policy();
        policy.Decide(S(100), [Candidate(NudgeKinds.Pitch, 100)]);
        policy.Decide(S(120), [Candidate(NudgeKinds.ClosedQuestion, 120, freshFor: 10)]);

        Assert.Null(policy.Decide(S(161), []));
    }

    [Fact]
    public void SameKind_WaitsFiveMinutes()
    {
        var policy = Policy();
        policy.Decide(S(100), [Candidate(NudgeKinds.TalkRatio, 100, 0)]);

        Assert.Null(policy.Decide(S(300), [Candidate(NudgeKinds.TalkRatio, 300, 0)]));
        Assert.NotNull(policy.Decide(S(400), [Candidate(NudgeKinds.TalkRatio, 400, 0)]));
    }

    [Fact]
    public void Tie_GoesToTheHigherValueNudge()
    {
        var chosen = Policy().Decide(S(100),
        [
            Candidate(NudgeKinds.ClosedQuestion, 100),
            Candidate(NudgeKinds.TalkRatio, 100),
            Candidate(NudgeKinds.LeadingQuestion, 100),
            Candidate(NudgeKinds.Pitch, 100),
        ]);

        Assert.Equal(NudgeKinds.LeadingQuestion, chosen?.Kind);
    }

    [Fact]
    public void Interrupt_OutranksEverything() =>
        Assert.Equal(NudgeKinds.Interrupt, Policy().Decide(S(100), [Candidate(NudgeKinds.LeadingQuestion, 100), Candidate(NudgeKinds.Interrupt, 100)])?.Kind);

    [Fact]
    public void Snooze_SilencesUntilItEnds()
    {
        var policy = Policy();
        policy.Snooze(S(200));

        Assert.Null(policy.Decide(S(150), [Candidate(NudgeKinds.Pitch, 150, freshFor: 100)]));
        Assert.NotNull(policy.Decide(S(200), []));
    }

    [Fact]
    public void MutedKind_NeverFires()
    {
        var policy = Policy();
        policy.Mute(NudgeKinds.Pitch);

        Assert.Null(policy.Decide(S(100), [Candidate(NudgeKinds.Pitch, 100)]));
        Assert.Equal(NudgeKinds.ClosedQuestion, policy.Decide(S(101), [Candidate(NudgeKinds.ClosedQuestion, 101)])?.Kind);
    }
}

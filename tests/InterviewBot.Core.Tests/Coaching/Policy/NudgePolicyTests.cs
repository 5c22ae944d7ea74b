using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Policy;
using InterviewBot.Core.Coaching.Rules;
using static InterviewBot.Core.Tests.TestSupport.Build;

namespace InterviewBot.Core.Tests.Coaching.Policy;

public class NudgePolicyTests
{
    private static NudgeCandidate Candidate(string kind, double moment, bool quietOk = false, string quote = "q") =>
        new(new Nudge(kind, S(moment), "er", quote, "m", "s"), quietOk);

    private static NudgePolicy Policy() => new(NudgePolicyOptions.Default);

    [Fact]
    public void QuietStart_HoldsBackWhatWasSaidInTheFirstThirtySeconds()
    {
        var policy = Policy();

        Assert.Null(policy.Decide(S(20), [Candidate(NudgeKinds.Pitch, 20)]));
        Assert.Null(policy.Decide(S(31), []));
        Assert.Equal(NudgeKinds.Pitch, Assert.Single(policy.HeldBack).Nudge.Kind);
    }

    [Fact]
    public void QuietStart_HoldsBackAMomentJustBeforeItEnds_EvenWhenTheCardCouldGoOutJustAfter()
    {
        var policy = Policy();
        policy.Decide(S(29), [Candidate(NudgeKinds.Pitch, 29)]);

        Assert.Null(policy.Decide(S(30), []));
    }

    [Fact]
    public void QuietStart_LetsGoalAndConsentRemindersThrough() =>
        Assert.NotNull(Policy().Decide(S(20), [Candidate(NudgeKinds.Coverage, 20, quietOk: true)]));

    [Fact]
    public void ComplaintLetGo_BeatsAskForStoryFromTheSameMoment() =>
        Assert.Equal(NudgeKinds.LeanIntoComplaint,
            Policy().Decide(S(100), [Candidate(NudgeKinds.AskForStory, 100), Candidate(NudgeKinds.LeanIntoComplaint, 100)])!.Kind);

    [Fact]
    public void Nudge_IsSentAtItsMoment_WithAnIdAndItsMoment()
    {
        var shown = Policy().Decide(S(100), [Candidate(NudgeKinds.Pitch, 100)]);

        Assert.Equal((1, S(100), S(100), 1, (int?)null), (shown!.Id, shown.At, shown.Moment, shown.Count, shown.Updates));
    }

    [Fact]
    public void SecondNewCardWithinTwentySeconds_WaitsWhileFresh()
    {
        var policy = Policy();
        policy.Decide(S(100), [Candidate(NudgeKinds.Pitch, 100)]);

        Assert.Null(policy.Decide(S(117), [Candidate(NudgeKinds.ClosedQuestion, 117)]));
        var later = policy.Decide(S(120), []);

        Assert.Equal((NudgeKinds.ClosedQuestion, S(120), S(117)), (later?.Kind, later?.At, later?.Moment));
    }

    [Fact]
    public void CandidateNotShownWithinFiveSeconds_IsNeverShown_AndIsHeldBackWithWhy()
    {
        var policy = Policy();
        policy.Decide(S(100), [Candidate(NudgeKinds.Pitch, 100)]);
        policy.Decide(S(105), [Candidate(NudgeKinds.ClosedQuestion, 105)]);

        Assert.Null(policy.Decide(S(120), []));
        var held = Assert.Single(policy.HeldBack);
        Assert.Equal(NudgeKinds.ClosedQuestion, held.Nudge.Kind);
        Assert.Contains("one new card per 20 s", held.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void SameKindInsideThreeMinutes_UpdatesTheCardShown_WithCountAndLatestWords()
    {
        var policy = Policy();
        var first = policy.Decide(S(100), [Candidate(NudgeKinds.LeadingQuestion, 100, quote: "first")])!;

        var repeat = policy.Decide(S(105), [Candidate(NudgeKinds.LeadingQuestion, 105, quote: "latest")]);

        Assert.Equal((first.Id, 2, "latest", S(105)), (repeat?.Updates, repeat?.Count, repeat?.Quote, repeat?.At));
    }

    [Fact]
    public void SameKindAfterThreeMinutes_IsANewCard()
    {
        var policy = Policy();
        policy.Decide(S(100), [Candidate(NudgeKinds.TalkRatio, 100)]);

        var again = policy.Decide(S(281), [Candidate(NudgeKinds.TalkRatio, 281)]);

        Assert.Equal(((int?)null, 1), (again?.Updates, again?.Count));
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
    public void Monologue_OutranksTalkRatio_AndPitchOutranksMonologue()
    {
        Assert.Equal(NudgeKinds.Monologue, Policy().Decide(S(100), [Candidate(NudgeKinds.TalkRatio, 100), Candidate(NudgeKinds.Monologue, 100)])?.Kind);
        Assert.Equal(NudgeKinds.Pitch, Policy().Decide(S(100), [Candidate(NudgeKinds.Monologue, 100), Candidate(NudgeKinds.Pitch, 100)])?.Kind);
    }

    [Fact]
    public void Interrupt_OutranksEverything() =>
        Assert.Equal(NudgeKinds.Interrupt, Policy().Decide(S(100), [Candidate(NudgeKinds.LeadingQuestion, 100), Candidate(NudgeKinds.Interrupt, 100)])?.Kind);

    [Fact]
    public void Snooze_SilencesWhileOn_AndWhatWentStaleIsHeldBack()
    {
        var policy = Policy();
        policy.Snooze(S(200));

        Assert.Null(policy.Decide(S(150), [Candidate(NudgeKinds.Pitch, 150)]));
        Assert.Null(policy.Decide(S(200), []));
        Assert.Equal("nudges were snoozed", Assert.Single(policy.HeldBack).Reason);
    }

    [Fact]
    public void MutedKind_NeverFires_ButIsKeptForThePostCall()
    {
        var policy = Policy();
        policy.Mute(NudgeKinds.Pitch);

        Assert.Null(policy.Decide(S(100), [Candidate(NudgeKinds.Pitch, 100)]));
        Assert.Equal(NudgeKinds.ClosedQuestion, policy.Decide(S(101), [Candidate(NudgeKinds.ClosedQuestion, 101)])?.Kind);
        Assert.Equal(NudgeKinds.Pitch, Assert.Single(policy.HeldBack).Nudge.Kind);
    }

    [Fact]
    public void Flush_HoldsBackWhatIsStillWaiting()
    {
        var policy = Policy();
        policy.Decide(S(100), [Candidate(NudgeKinds.Pitch, 100)]);
        policy.Decide(S(102), [Candidate(NudgeKinds.ClosedQuestion, 102)]);

        policy.Flush();

        Assert.Equal(NudgeKinds.ClosedQuestion, Assert.Single(policy.HeldBack).Nudge.Kind);
    }

    [Fact]
    public void Options_OutOfRange_NameTheirKey() =>
        Assert.Contains("Coach:Nudges:FreshWindow", Assert.Single(new NudgePolicyOptions { FreshWindow = TimeSpan.FromSeconds(-1) }.Problems()), StringComparison.Ordinal);
}

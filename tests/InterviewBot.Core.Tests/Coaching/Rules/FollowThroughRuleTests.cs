using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Rules;
using static InterviewBot.Core.Tests.TestSupport.Build;

namespace InterviewBot.Core.Tests.Coaching.Rules;

public class FollowThroughRuleTests
{
    private static FollowThroughRule Rule(string kind) => FollowThroughRule.All().Single(r => r.Kind == kind);

    [Fact]
    public void VagueSize_InterviewerMovesOn_AsksForNumbersAtThePhraseThatMovedOn()
    {
        var raised = ApplyAll(Isolated(Rule(NudgeKinds.ProbeNumbers)),
        [
            .. Turn(Interviewee, 100, 105, "Honestly the WhatsApp group saves me a ton of time."),
            .. Turn(Interviewer, 106, 107, "Nice."),
            .. Turn(Interviewer, 108, 111, "So how did you get into baking?"),
            .. Turn(Interviewee, 112, 120, "My grandmother had a panadería in Hermosillo."),
        ]);

        var nudge = Assert.Single(raised);
        Assert.Equal(NudgeKinds.ProbeNumbers, nudge.Kind);
        Assert.Equal("Honestly the WhatsApp group saves me a ton of time.", nudge.Quote);
        Assert.Equal(S(111), nudge.At); // the question that moved on, not two turns later
    }

    [Fact]
    public void VagueSize_TwoRemarksThatAskNothing_MoveOn()
    {
        var raised = ApplyAll(Isolated(Rule(NudgeKinds.ProbeNumbers)),
        [
            .. Turn(Interviewee, 100, 105, "And the WhatsApp group saves me a ton of time, so that part's fine."),
            .. Turn(Interviewer, 106, 109, "Okay, I think that's mostly what I had, actually."),
            .. Turn(Interviewer, 109.5, 115, "So I'll send you a link to join the waitlist."),
        ]);

        Assert.Equal(S(115), Assert.Single(raised).At);
    }

    [Fact]
    public void VagueSize_ARemarkThenAFollowUp_IsSettled()
    {
        var raised = ApplyAll(Isolated(Rule(NudgeKinds.ProbeNumbers)),
        [
            .. Turn(Interviewee, 100, 105, "It saves us a ton of time."),
            .. Turn(Interviewer, 106, 109, "That's really interesting to hear."),
            .. Turn(Interviewer, 109.5, 112, "Tell me more about that."),
        ]);

        Assert.Empty(raised);
    }

    [Fact]
    public void VagueSize_FollowedByANumber_IsSettled()
    {
        var raised = ApplyAll(Isolated(Rule(NudgeKinds.ProbeNumbers)),
        [
            .. Turn(Interviewee, 100, 105, "It was a big chunk of their day."),
            .. Turn(Interviewer, 106, 109, "How so?"),
            .. Turn(Interviewee, 110, 115, "It was about eleven or twelve hours a week."),
            .. Turn(Interviewer, 116, 119, "What did you try first?"),
            .. Turn(Interviewer, 120, 122, "And then what?"),
        ]);

        Assert.Empty(raised);
    }

    [Fact]
    public void VagueSize_QuantifiedLaterInTheSameTurn_IsSettled()
    {
        var raised = ApplyAll(Isolated(Rule(NudgeKinds.ProbeNumbers)),
        [
            .. Turn(Interviewee, 100, 105, "The no-shows have dropped a lot."),
            .. Turn(Interviewee, 105, 110, "We went from twelve no-shows a week to four."),
            .. Turn(Interviewer, 111, 114, "And who handles the reminders?"),
        ]);

        Assert.Empty(raised);
    }

    [Fact]
    public void Complaint_MetWithATopicChange_IsNudged()
    {
        var raised = ApplyAll(Isolated(Rule(NudgeKinds.LeanIntoComplaint)),
        [
            .. Turn(Interviewee, 100, 106, "Honestly, the part I really hate is the Saturday wholesale changes."),
            .. Turn(Interviewer, 107, 111, "Okay, so switching gears a little, tell me about your counter staff."),
        ]);

        Assert.Equal(NudgeKinds.LeanIntoComplaint, Assert.Single(raised).Kind);
    }

    [Fact]
    public void Complaint_MetWithAFollowUp_IsSettled()
    {
        var raised = ApplyAll(Isolated(Rule(NudgeKinds.LeanIntoComplaint)),
        [
            .. Turn(Interviewee, 100, 106, "The alerts are basically useless."),
            .. Turn(Interviewer, 107, 109, "Tell me more about that."),
            .. Turn(Interviewer, 110, 112, "What else did you try?"),
        ]);

        Assert.Empty(raised);
    }

    [Fact]
    public void ListeningNoises_DoNotCountAsTurns()
    {
        var raised = ApplyAll(Isolated(Rule(NudgeKinds.ExploreEmotion)),
        [
            .. Turn(Interviewee, 100, 106, "I sat in my car in the parking lot afterwards and cried."),
            .. Turn(Interviewer, 107, 108, "Oh no."),
            .. Turn(Interviewer, 109, 112, "What was going through your head in the car?"),
        ]);

        Assert.Empty(raised);
    }
}

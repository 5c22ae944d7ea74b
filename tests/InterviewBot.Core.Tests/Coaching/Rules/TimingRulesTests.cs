using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Policy;
using InterviewBot.Core.Coaching.Rules;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using static InterviewBot.Core.Tests.TestSupport.Build;

namespace InterviewBot.Core.Tests.Coaching.Rules;

public class TalkRatioRuleTests
{
    [Fact]
    public void InterviewerAboveThirtyPercentOverFiveMinutes_IsNudgedAtMinuteFive()
    {
        var session = Isolated(new TalkRatioRule());
        // 120 s of interviewer against 150 s of interviewee: 44% of the speech.
        var events = new List<SessionEvent>();
        events.AddRange(Turn(Interviewer, 0, 120, "We built this because every bakery told us the same thing."));
        events.AddRange(Turn(Interviewee, 121, 271, "Okay."));
        events.AddRange(Ticks(1, 300));

        var raised = ApplyAll(session, events.OrderBy(e => e.At));

        var nudge = Assert.Single(raised, n => n.Kind == NudgeKinds.TalkRatio);
        Assert.Equal(S(300), nudge.At);
        Assert.Contains("44%", nudge.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InterviewerAtTwentyPercent_IsNotNudged()
    {
        var session = Isolated(new TalkRatioRule());
        var events = new List<SessionEvent>();
        for (var t = 0; t < 700; t += 100)
        {
            events.AddRange(Turn(Interviewer, t, t + 20, "What happened next?"));
            events.AddRange(Turn(Interviewee, t + 21, t + 100, "Then we called every driver one by one."));
        }
        events.AddRange(Ticks(1, 700));

        var raised = ApplyAll(session, events.OrderBy(e => e.At));

        Assert.DoesNotContain(raised, n => n.Kind == NudgeKinds.TalkRatio);
    }
}

public class MonologueRuleTests
{
    [Fact]
    public void SixtySecondsWithShortPauses_IsAMonologue()
    {
        var session = Isolated(new MonologueRule());
        var events = new List<SessionEvent>();
        for (var t = 100; t < 170; t += 10)
            events.AddRange(Turn(Interviewer, t, t + 9, "And another thing about the roadmap."));
        events.AddRange(Ticks(100, 170));

        var raised = ApplyAll(session, events.OrderBy(e => e.At));

        var nudge = Assert.Single(raised, n => n.Kind == NudgeKinds.Monologue);
        Assert.Equal(S(161), nudge.At);
        Assert.Equal("And another thing about the roadmap.", nudge.Quote);
    }

    [Fact]
    public void GoodbyeAfterTheLastQuestion_IsNotAMonologue()
    {
        var session = Isolated(new MonologueRule());
        var events = new List<SessionEvent>();
        events.AddRange(Turn(Interviewer, 100, 104, "All right. So that's it. Thank you very much for your time."));
        for (var t = 105; t < 175; t += 10)
            events.AddRange(Turn(Interviewer, t, t + 9, "I'll send the gift card to the email you signed up with."));
        events.AddRange(Ticks(100, 175));

        var raised = ApplyAll(session, events.OrderBy(e => e.At));

        Assert.DoesNotContain(raised, n => n.Kind == NudgeKinds.Monologue);
    }

    [Fact]
    public void PauseLongerThanTwoSeconds_StartsANewRun()
    {
        var session = Isolated(new MonologueRule());
        var events = new List<SessionEvent>();
        for (var t = 100; t < 180; t += 12)
            events.AddRange(Turn(Interviewer, t, t + 9, "Short point."));
        events.AddRange(Ticks(100, 180));

        var raised = ApplyAll(session, events.OrderBy(e => e.At));

        Assert.DoesNotContain(raised, n => n.Kind == NudgeKinds.Monologue);
    }

    [Fact]
    public void SecondStartWithoutAnEnd_ContinuesTheRun()
    {
        // A session resumed from its journal mid-speech hears the interviewer start again without having heard the end.
        var session = Isolated(new MonologueRule());
        List<SessionEvent> events = [new SpeechStarted(S(100), Interviewer.Id), new SpeechStarted(S(130), Interviewer.Id), .. Ticks(100, 170)];

        var raised = ApplyAll(session, events.OrderBy(e => e.At));

        Assert.Equal(S(161), Assert.Single(raised, n => n.Kind == NudgeKinds.Monologue).At);
    }
}

public class InterruptRuleTests
{
    [Fact]
    public void StartingWhileIntervieweeIsMidSentence_IsAnInterrupt()
    {
        var session = Isolated(new InterruptRule());
        SessionEvent[] events =
        [
            new SpeechStarted(S(100), "ee"),
            new SpeechStarted(S(105), "er"),
            new SpeechEnded(S(106), "ee"),
            new UtteranceFinal(S(106), new(Interviewee.Id, S(100), S(106), "And there was one Saturday, the oven")),
            new SpeechEnded(S(110), "er"),
            new UtteranceFinal(S(110), new(Interviewer.Id, S(105), S(110), "Oh, pre-orders is exactly what our page is for.")),
        ];

        var raised = ApplyAll(session, events);

        var nudge = Assert.Single(raised, n => n.Kind == NudgeKinds.Interrupt);
        Assert.Contains("Marcus", nudge.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(104.0, 104.6, "Mm-hm.")]          // short overlap
    [InlineData(104.0, 106.0, "Yeah, right.")]    // a listening noise, even a long one
    [InlineData(100.5, 104.0, "Sorry, go ahead, what happened?")] // they had only just started
    public void Backchannels_AreNotInterrupts(double start, double end, string text)
    {
        var session = Isolated(new InterruptRule());
        SessionEvent[] events =
        [
            new SpeechStarted(S(100), "ee"),
            new SpeechStarted(S(start), "er"),
            new SpeechEnded(S(end), "er"),
            new UtteranceFinal(S(end), new(Interviewer.Id, S(start), S(end), text)),
            new SpeechEnded(S(110), "ee"),
        ];

        var raised = ApplyAll(session, events);

        Assert.DoesNotContain(raised, n => n.Kind == NudgeKinds.Interrupt);
    }

    private static InterviewSession AudioOnly()
    {
        var policy = new NudgePolicy(new NudgePolicyOptions { NewCardGap = TimeSpan.Zero, QuietStart = TimeSpan.Zero, SameKindWindow = TimeSpan.Zero });
        var session = new InterviewSession(new CoachingEngine(CoachFactory.Classifier, [new InterruptRule()], policy));
        Assert.False(session.Apply(Start() with { AudioOnly = true }).IsRejected);
        return session;
    }

    [Fact]
    public void AudioOnly_SpeechOverAnIntervieweeMidSentence_IsAnInterruptWhenTheSegmentEnds()
    {
        var session = AudioOnly();
        SessionEvent[] events = [new SpeechStarted(S(100), "ee"), new SpeechStarted(S(105), "er"), new SpeechEnded(S(106), "ee"), new SpeechEnded(S(108), "er")];

        var raised = ApplyAll(session, events);

        var nudge = Assert.Single(raised);
        Assert.Equal((NudgeKinds.Interrupt, S(108), ""), (nudge.Kind, nudge.At, nudge.Quote));
    }

    [Theory]
    [InlineData(105.0, 105.8)] // a listening noise: too short to be a takeover
    [InlineData(100.6, 104.0)] // they had only just started
    public void AudioOnly_ShortOrEarlyOverlap_IsNotAnInterrupt(double start, double end)
    {
        var session = AudioOnly();
        SessionEvent[] events = [new SpeechStarted(S(100), "ee"), new SpeechStarted(S(start), "er"), new SpeechEnded(S(end), "er"), new SpeechEnded(S(110), "ee")];

        Assert.Empty(ApplyAll(session, events));
    }

    [Fact]
    public void WithText_SpeechAloneDoesNotDecide_TheUtteranceDoes()
    {
        var session = Isolated(new InterruptRule());
        SessionEvent[] events = [new SpeechStarted(S(100), "ee"), new SpeechStarted(S(105), "er"), new SpeechEnded(S(108), "er")];

        Assert.Empty(ApplyAll(session, events));
    }
}

public class WaitLongerRuleTests
{
    [Fact]
    public void QuickReturnAfterShortAnswer_IsNudged()
    {
        var session = Isolated(new WaitLongerRule());
        var raised = ApplyAll(session,
        [
            .. Turn(Interviewer, 200, 203, "Do you use any software for the schedule itself?"),
            .. Turn(Interviewee, 204, 204.6, "No."),
            .. Turn(Interviewer, 205, 208, "Okay. And do the bakers ever complain about it?"),
        ]);

        var nudge = Assert.Single(raised);
        Assert.Equal(NudgeKinds.WaitLonger, nudge.Kind);
        Assert.Equal("No.", nudge.Quote);
        Assert.Equal(S(205), nudge.At);
    }

    [Fact]
    public void QuickReturnAfterALongAnswer_IsFine()
    {
        var session = Isolated(new WaitLongerRule());
        var raised = ApplyAll(session,
        [
            .. Turn(Interviewer, 200, 203, "How do you build the schedule?"),
            .. Turn(Interviewee, 204, 214, "I do it Sunday nights on a paper calendar and post a photo of it."),
            .. Turn(Interviewer, 214.5, 218, "What happens after you post it?"),
        ]);

        Assert.Empty(raised);
    }

    [Fact]
    public void WaitingThreeSeconds_IsFine()
    {
        var session = Isolated(new WaitLongerRule());
        var raised = ApplyAll(session,
        [
            .. Turn(Interviewer, 200, 203, "Did the Google Sheet help?"),
            .. Turn(Interviewee, 204, 205, "Not really."),
            .. Turn(Interviewee, 208, 215, "It was always out of date."),
        ]);

        Assert.DoesNotContain(raised, n => n.Kind == NudgeKinds.WaitLonger);
    }
}

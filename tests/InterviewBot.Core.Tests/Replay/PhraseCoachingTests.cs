using InterviewBot.Core.Coaching;
using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Transcripts;
using static InterviewBot.Core.Tests.TestSupport.Build;

namespace InterviewBot.Core.Tests.Replay;

/// <summary>A replayed transcript is coached phrase by phrase: a pitch inside a long cue is caught when its sentence ends.</summary>
public class PhraseCoachingTests
{
    private static InterviewSession Replay(params TranscriptCue[] cues) =>
        TranscriptReplay.Run(new Transcript("t.vtt", TranscriptFormat.TeamsVtt, cues), "Ann", SessionSetup.Empty).Session!;

    [Fact]
    public void PitchInTheFirstSentenceOfALongCue_IsSentWhenThatSentenceEnds_NotAtTheCuesEnd()
    {
        var session = Replay(
            new("Bo", S(40), S(50), "The schedule takes me hours every Sunday night.", 1),
            new("Ann", S(51), S(81), "That's exactly why we built our app for bakeries like yours. It builds the schedule from your staff list and their availability, and it sends everyone their shifts by text message every week.", 2));

        var pitch = Assert.Single(session.Nudges, n => n.Kind == NudgeKinds.Pitch);
        Assert.InRange(pitch.At.TotalSeconds, 51, 65);
        Assert.Equal(pitch.Moment, pitch.At);
    }

    [Fact]
    public void ALaterSentenceOfTheInterviewersTurn_IsNoInterruption()
    {
        // Bo starts talking over Ann's second sentence: Bo interrupts Ann, not the other way round.
        var session = Replay(
            new("Bo", S(40), S(45), "We do it all on paper.", 1),
            new("Ann", S(46), S(60), "Paper can work well for a small team like yours. How do you share the schedule with the bakers each week?", 2),
            new("Bo", S(53), S(62), "We print it and pin it up next to the ovens.", 3));

        Assert.DoesNotContain(session.Nudges, n => n.Kind == NudgeKinds.Interrupt);
        Assert.DoesNotContain(session.HeldBack, h => h.Nudge.Kind == NudgeKinds.Interrupt);
    }
}

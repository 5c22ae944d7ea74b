using InterviewBot.Core.Coaching;
using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Tests.TestSupport;

namespace InterviewBot.Core.Tests.Audio.Generated;

/// <summary>
/// Issue 18: a two-channel WAV (espeak-ng, samples/audio/opening-monologue.txt) whose interviewer talks for about 65 s
/// from the start. With the fresh-or-never policy the monologue card comes as it crosses 60 s, not never.
/// </summary>
public class OpeningMonologueTests
{
    [Fact]
    public void InterviewerTalkingSixtyFiveSecondsFromTheStart_GetsTheMonologueNudgeBetween60And66Seconds()
    {
        var interview = GeneratedInterview.Spoken("opening-monologue.txt");
        var first = interview.Transcript.Cues.First(c => c.Speaker != GeneratedInterview.Interviewer);
        Assert.InRange(first.Start.TotalSeconds, 65, 67); // the script really is a 65 s opening monologue

        Participant[] people =
        [
            new(GeneratedInterview.Interviewer, GeneratedInterview.Interviewer, ParticipantRole.Interviewer),
            new(GeneratedInterview.Interviewee, GeneratedInterview.Interviewee, ParticipantRole.Interviewee),
        ];
        var session = CoachFactory.CreateSession();
        foreach (var e in AudioSession.Events(interview.Audio, people, "mono", SessionSetup.Empty)) session.Apply(e);

        var monologue = Assert.Single(session.Nudges, n => n.Kind == NudgeKinds.Monologue);
        Assert.InRange(monologue.At.TotalSeconds, 60, 66);
    }
}

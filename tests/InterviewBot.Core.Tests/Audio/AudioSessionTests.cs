using InterviewBot.Core.Audio.Wav;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Tests.TestSupport;

namespace InterviewBot.Core.Tests.Audio;

public class AudioSessionTests
{
    [Fact]
    public void StereoInterviewAt48k_GivesTheTalkTimesAndTheTimingNudgesOfItsScript()
    {
        const int rate = 48_000;
        var interviewer = SyntheticAudio.Silence(rate, 400);
        var interviewee = SyntheticAudio.Silence(rate, 400);
        // The interviewer opens with an 80-second monologue, then a conversation at about 25%.
        SyntheticAudio.AddVoice(interviewer, rate, 100, 180);
        for (var t = 185.0; t < 390; t += 20)
        {
            SyntheticAudio.AddVoice(interviewee, rate, t, t + 14, -18);
            SyntheticAudio.AddVoice(interviewer, rate, t + 15, t + 19);
        }
        SyntheticAudio.AddNoise(interviewer, -50, seed: 1);
        SyntheticAudio.AddNoise(interviewee, -50, seed: 2);
        var audio = WavReader.Read(SyntheticAudio.Wav16(rate, interviewer, interviewee), "s.wav").Audio!;
        Participant[] people = [new("er", "Priya", ParticipantRole.Interviewer), new("ee", "Marcus", ParticipantRole.Interviewee)];

        var session = CoachFactory.CreateSession();
        foreach (var e in AudioSession.Events(audio, people, "s", SessionSetup.Empty)) session.Apply(e);

        var er = session.Speech.TotalTalk("er", session.Now).TotalSeconds;
        var ee = session.Speech.TotalTalk("ee", session.Now).TotalSeconds;
        const double expectedEr = 80 + 11 * 4, expectedEe = 11 * 14;
        Assert.InRange(er / (er + ee), expectedEr / (expectedEr + expectedEe) - 0.02, expectedEr / (expectedEr + expectedEe) + 0.02);
        Assert.Contains(session.Nudges, n => n.Kind == NudgeKinds.Monologue && n.At.TotalSeconds is > 160 and < 170);
        Assert.Empty(session.Utterances); // no recognizer: timing coaching only
    }
}

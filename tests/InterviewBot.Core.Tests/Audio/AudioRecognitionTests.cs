using InterviewBot.Core.Audio.Wav;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Core.Tests.TestSupport;

namespace InterviewBot.Core.Tests.Audio;

public class AudioRecognitionTests
{
    /// <summary>A recognizer double that "hears" the script's lines, in order, per speaker; it also records the segments it was given.</summary>
    private sealed class ScriptRecognizer(Dictionary<string, Queue<string>> lines, bool fail = false) : ISpeechRecognizer
    {
        public List<SegmentAudio> Heard { get; } = [];

        public Task<RecognitionResult> RecognizeAsync(SegmentAudio segment, CancellationToken cancellationToken)
        {
            Heard.Add(segment);
            return Task.FromResult(fail
                ? new RecognitionResult(RecognitionStatus.Failed, "service unavailable", 0)
                : new RecognitionResult(RecognitionStatus.Recognized, lines[segment.ParticipantId].Dequeue(), 0.9));
        }
    }

    private static readonly Participant[] s_people = [new("er", "Jordan", ParticipantRole.Interviewer), new("ee", "Rosa", ParticipantRole.Interviewee)];

    private static PcmAudio Conversation()
    {
        const int rate = 16_000;
        var er = SyntheticAudio.Silence(rate, 130);
        var ee = SyntheticAudio.Silence(rate, 130);
        SyntheticAudio.AddVoice(er, rate, 95.0, 99.0);
        SyntheticAudio.AddVoice(ee, rate, 100.0, 110.0, -16);
        SyntheticAudio.AddVoice(er, rate, 111.0, 114.0);
        SyntheticAudio.AddNoise(er, -55, 1);
        SyntheticAudio.AddNoise(ee, -55, 2);
        return WavReader.Read(SyntheticAudio.Wav16(rate, er, ee), "c.wav").Audio!;
    }

    [Fact]
    public async Task RecognizedSegments_BecomeLabelledUtterancesThatDriveTextNudges()
    {
        var recognizer = new ScriptRecognizer(new()
        {
            ["er"] = new(["So I bet you spend hours every week on the schedule, right?", "What happened the last time?"]),
            ["ee"] = new(["It takes me two or three hours every Sunday night."]),
        });

        var events = await AudioSession.EventsAsync(Conversation(), s_people, "s", SessionSetup.Empty, recognizer, null, CancellationToken.None);
        var session = CoachFactory.CreateSession();
        foreach (var e in events) session.Apply(e);

        Assert.Equal(3, session.Utterances.Count);
        var question = session.Utterances[0];
        Assert.InRange(question.Start.TotalSeconds, 94.9, 95.1);
        Assert.InRange(question.End.TotalSeconds, 98.9, 99.1);
        Assert.InRange(recognizer.Heard[0].Samples.Length, 15_900 * 4 / 1, 16_100 * 4); // four seconds of 16 kHz audio
        Assert.Contains(session.Nudges, n => n.Kind == NudgeKinds.LeadingQuestion);
        Assert.True(session.Utterances[1].Labels.HasFlag(InterviewBot.Core.Coaching.Labels.UtteranceLabels.Quantified));
    }

    [Fact]
    public async Task FailedRecognition_LeavesAGapInsteadOfLosingTheSegmentSilently()
    {
        var recognizer = new ScriptRecognizer([], fail: true);

        var events = await AudioSession.EventsAsync(Conversation(), s_people, "s", SessionSetup.Empty, recognizer, null, CancellationToken.None);

        var gaps = events.OfType<TranscriptGap>().ToList();
        Assert.Equal(3, gaps.Count);
        Assert.All(gaps, g => Assert.Equal("service unavailable", g.Reason));
        Assert.Empty(events.OfType<UtteranceFinal>());
    }
}

using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Timing;
using InterviewBot.Core.PostCall.Stats;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Core.Tests.TestSupport;
using InterviewBot.Core.Transcripts;

namespace InterviewBot.Core.Tests.Audio.Generated;

/// <summary>
/// The audio pipeline against speech with known boundaries: a spoken two-speaker interview (espeak-ng, one voice
/// per channel, the second 6 dB quieter, one overlap) at several pink-noise levels.
/// </summary>
public class GeneratedInterviewTests
{
    private static readonly TimeSpan s_tolerance = TimeSpan.FromMilliseconds(100);
    private static readonly Participant[] s_people =
    [
        new(GeneratedInterview.Interviewer, GeneratedInterview.Interviewer, ParticipantRole.Interviewer),
        new(GeneratedInterview.Interviewee, GeneratedInterview.Interviewee, ParticipantRole.Interviewee),
    ];

    // Pink noise at these levels (dBFS before mixing) measures about -64 and -54 dBFS per frame, against speech at -20 to -30.
    public static TheoryData<int?> NoiseLevels => new() { (int?)null, -50, -40 };

    [Theory]
    [MemberData(nameof(NoiseLevels))]
    public void EveryTurnBoundary_IsDetectedWithin100Ms(int? noiseDb)
    {
        var interview = GeneratedInterview.WithNoise(noiseDb);
        var segments = Segments(AudioOnlySession(interview));
        var missed = new List<string>();
        foreach (var cue in interview.Transcript.Cues)
        {
            var own = segments.Where(s => s.ParticipantId == cue.Speaker).ToArray();
            var start = own.MinBy(s => (s.Start - cue.Start).Duration());
            var end = own.MinBy(s => (s.End - cue.End).Duration());
            if ((start.Start - cue.Start).Duration() > s_tolerance) missed.Add($"{cue.Speaker} start {cue.Start} found {start.Start}");
            if ((end.End - cue.End).Duration() > s_tolerance) missed.Add($"{cue.Speaker} end {cue.End} found {end.End}");
        }
        Assert.True(missed.Count == 0, string.Join("; ", missed));
    }

    [Theory]
    [MemberData(nameof(NoiseLevels))]
    public void NoSpeechIsDetected_OutsideTheTurns(int? noiseDb)
    {
        var interview = GeneratedInterview.WithNoise(noiseDb);
        var stray = Segments(AudioOnlySession(interview))
            .Where(s => !interview.Transcript.Cues.Any(c => c.Speaker == s.ParticipantId && s.Start >= c.Start - s_tolerance && s.End <= c.End + s_tolerance))
            .Select(s => $"{s.ParticipantId} {s.Start}-{s.End}")
            .ToArray();
        Assert.True(stray.Length == 0, string.Join("; ", stray));
    }

    [Theory]
    [MemberData(nameof(NoiseLevels))]
    public void InterviewerTalkShare_IsWithinTwoPointsOfTheScript(int? noiseDb)
    {
        var interview = GeneratedInterview.WithNoise(noiseDb);
        var stats = StatsBuilder.Build(AudioOnlySession(interview));
        var known = interview.Transcript.Cues.Where(c => c.Speaker == GeneratedInterview.Interviewer).Sum(c => (c.End - c.Start).TotalSeconds)
            / interview.Transcript.Cues.Sum(c => (c.End - c.Start).TotalSeconds);
        var measured = stats.Speakers.Single(s => s.Name == GeneratedInterview.Interviewer).Share;
        Assert.InRange(measured, known - 0.02, known + 0.02);
    }

    [Theory]
    [MemberData(nameof(NoiseLevels))]
    public void TheScriptedInterruption_IsFoundFromAudioAlone(int? noiseDb)
    {
        var interview = GeneratedInterview.WithNoise(noiseDb);
        var overlap = interview.Transcript.Cues.Single(c => c.Text.StartsWith("So the software", StringComparison.Ordinal));
        var stats = StatsBuilder.Build(AudioOnlySession(interview));
        var found = Assert.Single(stats.Interruptions);
        Assert.InRange(found, overlap.Start - s_tolerance, overlap.Start + s_tolerance);
    }

    [Theory]
    [MemberData(nameof(NoiseLevels))]
    public void AudioWithoutText_GivesTheTimingNudgesOfItsTranscript(int? noiseDb)
    {
        var interview = GeneratedInterview.WithNoise(noiseDb);
        var fromAudio = AudioOnlySession(interview).Nudges;
        // The transcript's own timing: its speech events with the text left out, as a recognizer-less call would see it.
        var timingOnly = TranscriptEvents(interview)
            .Where(e => e is not UtteranceFinal)
            .Select(e => e is SessionStarted s ? s with { AudioOnly = true } : e);
        var fromTranscript = Replay(timingOnly).Nudges;

        Assert.Equal([NudgeKinds.Interrupt, NudgeKinds.Monologue, NudgeKinds.TalkRatio], fromTranscript.Select(n => n.Kind));
        AssertSameNudges(fromTranscript, fromAudio);
    }

    [Theory]
    [MemberData(nameof(NoiseLevels))]
    public async Task AudioWithARecognizer_GivesTheSameNudgesAsItsTranscript(int? noiseDb)
    {
        var interview = GeneratedInterview.WithNoise(noiseDb);
        var fromTranscript = Replay(TranscriptEvents(interview)).Nudges;
        var events = await AudioSession.EventsAsync(interview.Audio, s_people, "generated", SessionSetup.Empty, new ScriptRecognizer(interview.Transcript), null,
            CancellationToken.None);
        var fromAudio = Replay(events).Nudges;

        Assert.Contains(fromTranscript, n => n.Kind == NudgeKinds.Interrupt);
        AssertSameNudges(fromTranscript, fromAudio);
    }

    private static void AssertSameNudges(IReadOnlyList<Nudge> expected, IReadOnlyList<Nudge> actual)
    {
        Assert.Equal(expected.Select(n => n.Kind), actual.Select(n => n.Kind));
        foreach (var (e, a) in expected.Zip(actual))
            Assert.True((e.At - a.At).Duration() <= TimeSpan.FromSeconds(1), $"{e.Kind}: transcript at {e.At}, audio at {a.At}");
    }

    private static InterviewSession AudioOnlySession(GeneratedInterview interview) =>
        Replay(AudioSession.Events(interview.Audio, s_people, "generated", SessionSetup.Empty));

    private static IReadOnlyList<SessionEvent> TranscriptEvents(GeneratedInterview interview) =>
        TranscriptSession.Events(interview.Transcript, "generated", SessionSetup.Empty, s_people);

    private static InterviewSession Replay(IEnumerable<SessionEvent> events)
    {
        var session = CoachFactory.CreateSession();
        foreach (var e in events) Assert.False(session.Apply(e).IsRejected);
        return session;
    }

    private static IReadOnlyList<SpeechSegment> Segments(InterviewSession session) => session.Speech.Segments;

    /// <summary>
    /// A recognizer double that hears the script: a segment gets the text of the turn it overlaps most, once per turn
    /// (voice activity may cut one turn at a pause; the turn's words come with its main part).
    /// </summary>
    private sealed class ScriptRecognizer(Transcript script) : ISpeechRecognizer
    {
        private readonly HashSet<TranscriptCue> _heard = [];

        public Task<RecognitionResult> RecognizeAsync(SegmentAudio segment, CancellationToken cancellationToken)
        {
            var end = segment.Start + TimeSpan.FromSeconds(segment.Samples.Length / 16_000.0);
            var cue = script.Cues.Where(c => c.Speaker == segment.ParticipantId)
                .MaxBy(c => Overlap(c, segment.Start, end));
            if (cue is null || Overlap(cue, segment.Start, end) <= TimeSpan.Zero || !_heard.Add(cue))
                return Task.FromResult(new RecognitionResult(RecognitionStatus.NoMatch, "", 0));
            return Task.FromResult(new RecognitionResult(RecognitionStatus.Recognized, cue.Text, 0.9));
        }

        private static TimeSpan Overlap(TranscriptCue c, TimeSpan start, TimeSpan end)
        {
            var s = c.Start > start ? c.Start : start;
            var e = c.End < end ? c.End : end;
            return e - s;
        }
    }
}

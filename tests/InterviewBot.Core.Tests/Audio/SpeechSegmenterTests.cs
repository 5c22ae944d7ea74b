using InterviewBot.Core.Audio;
using InterviewBot.Core.Audio.Segmentation;
using InterviewBot.Core.Audio.Vad;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Core.Tests.TestSupport;

namespace InterviewBot.Core.Tests.Audio;

public class SpeechSegmenterTests
{
    private const int Rate = 16_000;

    private static List<(double Start, double End)> Segments(float[] samples)
    {
        var segmenter = new SpeechSegmenter("a", VoiceActivityOptions.Default);
        var events = new List<SessionEvent>();
        foreach (var frame in AudioFrames.Split("a", samples)) segmenter.Process(frame, events);
        segmenter.Flush(events);
        var starts = events.OfType<SpeechStarted>().Select(e => e.At.TotalSeconds).ToList();
        var ends = events.OfType<SpeechEnded>().Select(e => e.At.TotalSeconds).ToList();
        Assert.Equal(starts.Count, ends.Count);
        return starts.Zip(ends).ToList();
    }

    private static float[] Turns(double noiseDb, double voiceDb, params (double From, double To)[] turns)
    {
        var samples = SyntheticAudio.Silence(Rate, 20);
        foreach (var (from, to) in turns) SyntheticAudio.AddVoice(samples, Rate, from, to, voiceDb);
        SyntheticAudio.AddNoise(samples, noiseDb);
        return samples;
    }

    [Theory]
    [InlineData(-70.0, -12.0)] // studio quiet
    [InlineData(-45.0, -12.0)] // office noise, about 30 dB below the voice
    [InlineData(-38.0, -20.0)] // a quiet line in a noisy room
    public void KnownTurns_AreFoundWithin100Milliseconds(double noiseDb, double voiceDb)
    {
        var segments = Segments(Turns(noiseDb, voiceDb, (2.0, 5.5), (8.2, 9.4), (12.0, 17.3)));

        Assert.Equal(3, segments.Count);
        var expected = new[] { (2.0, 5.5), (8.2, 9.4), (12.0, 17.3) };
        for (var i = 0; i < 3; i++)
        {
            Assert.InRange(segments[i].Start, expected[i].Item1 - 0.1, expected[i].Item1 + 0.1);
            Assert.InRange(segments[i].End, expected[i].Item2 - 0.1, expected[i].Item2 + 0.1);
        }
    }

    [Fact]
    public void ShortPause_StaysInsideTheSegment() =>
        Assert.Single(Segments(Turns(-60, -12, (2.0, 4.0), (4.2, 6.0))));

    [Fact]
    public void Click_IsNotSpeech() =>
        Assert.Empty(Segments(Turns(-60, -6, (3.0, 3.04))));

    [Fact]
    public void LongSpeech_IsCutEveryThirtySeconds()
    {
        var samples = SyntheticAudio.Silence(Rate, 70);
        SyntheticAudio.AddVoice(samples, Rate, 1.0, 68.0);
        SyntheticAudio.AddNoise(samples, -60);

        var segments = Segments(samples);

        Assert.Equal(3, segments.Count);
        Assert.All(segments, s => Assert.True(s.End - s.Start <= 30.0001, $"{s.End - s.Start:0.00} s"));
        Assert.Equal(segments[0].End, segments[1].Start, 3);
    }
}

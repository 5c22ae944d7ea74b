using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Live;

namespace InterviewBot.Media.Tests.Live;

public class SpeakerStreamTests
{
    private static short[] Tone(double seconds, double amplitude = 0.3) =>
        Enumerable.Range(0, (int)(seconds * 16_000)).Select(i => (short)(amplitude * 32767 * Math.Sin(2 * Math.PI * 300 * i / 16_000.0))).ToArray();

    [Fact]
    public void ChunksOfAnyLength_GiveTheSameSpeechAsOneChunk()
    {
        var audio = new short[16_000].Concat(Tone(2)).Concat(new short[16_000]).ToArray();
        var whole = new List<SessionEvent>();
        var pieces = new List<SessionEvent>();
        var a = new SpeakerStream("p", null);
        var b = new SpeakerStream("p", null);

        a.Append(TimeSpan.Zero, audio, whole);
        for (var i = 0; i < audio.Length; i += 777)
            b.Append(TimeSpan.FromSeconds(i / 16_000.0), audio.AsSpan(i, Math.Min(777, audio.Length - i)), pieces);

        Assert.Equal(whole, pieces);
        Assert.Equal([typeof(SpeechStarted), typeof(SpeechEnded)], whole.Select(e => e.GetType()));
    }

    [Fact]
    public void GapLongerThanTenMinutes_IsAClockJump_AndTheStreamGoesOnAtTheNewTime()
    {
        var events = new List<SessionEvent>();
        var stream = new SpeakerStream("p", null);

        stream.Append(TimeSpan.Zero, new short[320], events);
        stream.Append(TimeSpan.FromSeconds(1100), new short[320], events);

        Assert.Equal(TimeSpan.FromSeconds(1100.02), stream.HeardUntil);
        Assert.Equal(0, stream.LateSamples);
    }

    [Fact]
    public void GapInMediaTime_IsSilence_SoSpeechKeepsItsTime()
    {
        var events = new List<SessionEvent>();
        var stream = new SpeakerStream("p", null);

        stream.Append(TimeSpan.Zero, new short[3200], events);
        stream.Append(TimeSpan.FromSeconds(5), Tone(1), events);
        stream.Append(TimeSpan.FromSeconds(6), new short[16_000], events);

        var started = Assert.IsType<SpeechStarted>(events[0]);
        Assert.InRange(started.At.TotalSeconds, 4.98, 5.02);
        Assert.Equal(TimeSpan.FromSeconds(7), stream.HeardUntil);
    }

    [Fact]
    public void AudioForATimeAlreadyPast_IsDroppedAndCounted()
    {
        var events = new List<SessionEvent>();
        var stream = new SpeakerStream("p", null);
        stream.Append(TimeSpan.Zero, new short[16_000], events);

        stream.Append(TimeSpan.FromSeconds(0.5), new short[16_000], events); // half of it is a repeat

        Assert.Equal(8_000, stream.LateSamples);
        Assert.Equal(TimeSpan.FromSeconds(1.5), stream.HeardUntil);
    }
}

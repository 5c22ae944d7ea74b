using InterviewBot.Core.Audio.Wav;

namespace InterviewBot.Core.Tests.Audio.Wav;

public class PcmAudioTests
{
    [Fact]
    public void FromTracks_ResamplesEachTrack_AndPadsTheShorterWithSilence()
    {
        var a = new PcmAudio(16_000, [Enumerable.Repeat(0.5f, 16_000).ToArray()]);  // 1 s at 16 kHz
        var b = new PcmAudio(48_000, [Enumerable.Repeat(0.25f, 96_000).ToArray()]); // 2 s at 48 kHz

        var both = PcmAudio.FromTracks([a, b]);

        Assert.Equal(16_000, both.SampleRate);
        Assert.Equal([32_000, 32_000], both.Channels.Select(c => c.Length));
        Assert.Equal(TimeSpan.FromSeconds(2), both.Duration);
        Assert.Equal(0.5f, both.Channels[0][8_000], 3);
        Assert.Equal(0f, both.Channels[0][24_000]);
        Assert.Equal(0.25f, both.Channels[1][16_000], 3);
    }

    [Fact]
    public void FromTracks_RefusesAStereoTrack()
    {
        var stereo = new PcmAudio(16_000, [new float[10], new float[10]]);

        var error = Assert.Throws<ArgumentException>(() => PcmAudio.FromTracks([stereo]));
        Assert.Contains("must be mono", error.Message, StringComparison.Ordinal);
    }
}

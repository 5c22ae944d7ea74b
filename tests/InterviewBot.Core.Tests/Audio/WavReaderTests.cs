using InterviewBot.Core.Audio.Wav;
using InterviewBot.Core.Tests.TestSupport;

namespace InterviewBot.Core.Tests.Audio;

public class WavReaderTests
{
    private static readonly float[] s_ramp = [0f, 0.25f, -0.5f, 0.75f, -1f];

    [Theory]
    [InlineData(1, 16, 1.0 / 32767)]
    [InlineData(1, 24, 1.0 / 8388607)]
    [InlineData(1, 32, 1e-6)]
    [InlineData(3, 32, 1e-7)]
    [InlineData(3, 64, 1e-7)]
    public void SupportedEncodings_DecodeToTheSameSamples(ushort format, ushort bits, double tolerance)
    {
        var result = WavReader.Read(SyntheticAudio.Wav(22_050, format, bits, s_ramp, s_ramp), "x.wav");

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(22_050, result.Audio.SampleRate);
        Assert.Equal(2, result.Audio.Channels.Count);
        for (var i = 0; i < s_ramp.Length; i++) Assert.Equal(Math.Clamp(s_ramp[i], -1f, 0.99997f), result.Audio.Channels[1][i], tolerance * 2);
    }

    [Fact]
    public void Truncated_IsAnErrorThatSaysHowMuchIsMissing()
    {
        var wav = SyntheticAudio.Wav16(16_000, new float[1000]);

        var result = WavReader.Read(wav.AsSpan(0, wav.Length - 100), "cut.wav");

        Assert.False(result.IsSuccess);
        Assert.Contains("cut.wav: at byte", result.Error, StringComparison.Ordinal);
        Assert.Contains("truncated: the 'data' chunk declares 2000 bytes but only 1900 follow", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0], "too short")]
    [InlineData(new byte[] { (byte)'O', (byte)'g', (byte)'g', (byte)'S', 0, 0, 0, 0, 0, 0, 0, 0 }, "expected 'RIFF'")]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 4, 0, 0, 0, (byte)'A', (byte)'V', (byte)'I', (byte)' ' }, "expected 'WAVE'")]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 4, 0, 0, 0, (byte)'W', (byte)'A', (byte)'V', (byte)'E' }, "no 'fmt ' chunk")]
    public void NotAWav_IsAClearError(byte[] bytes, string expected)
    {
        var result = WavReader.Read(bytes, "bad.wav");

        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, 16, "audio format 2 is not supported")]
    [InlineData(1, 12, "12-bit PCM is not supported")]
    public void UnsupportedFormat_IsNamed(ushort format, ushort bits, string expected)
    {
        var wav = SyntheticAudio.Wav16(16_000, new float[10]);
        BitConverter.GetBytes(format).CopyTo(wav, 30);
        BitConverter.GetBytes(bits).CopyTo(wav, 44);

        var result = WavReader.Read(wav, "odd.wav");

        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }
}

using InterviewBot.Core.Audio;

namespace InterviewBot.Core.Tests.Audio;

public class ResamplerTests
{
    private static float[] Sine(int rate, double hz, double seconds) =>
        Enumerable.Range(0, (int)(rate * seconds)).Select(i => (float)(0.5 * Math.Sin(2 * Math.PI * hz * i / rate))).ToArray();

    private static double Rms(float[] x, int skip) => Math.Sqrt(x.Skip(skip).Take(x.Length - 2 * skip).Average(v => (double)v * v));

    [Theory]
    [InlineData(48_000)]
    [InlineData(44_100)]
    [InlineData(8_000)]
    public void ToneInTheSpeechBand_KeepsItsPitchAndLevel(int rate)
    {
        var output = Resampler.Resample(Sine(rate, 1_000, 1), rate, 16_000);

        Assert.InRange(output.Length, 15_990, 16_000);
        Assert.Equal(0.5 / Math.Sqrt(2), Rms(output, 200), 2);
        var crossings = Enumerable.Range(201, output.Length - 402).Count(i => output[i - 1] < 0 && output[i] >= 0);
        Assert.InRange(crossings, 990 * (output.Length - 402) / 16_000, 1010 * (output.Length - 402) / 16_000 + 1);
    }

    [Fact]
    public void ToneAboveTheNewNyquist_IsFilteredOutNotFoldedBack()
    {
        var output = Resampler.Resample(Sine(48_000, 12_000, 1), 48_000, 16_000);

        Assert.True(Rms(output, 200) < 0.02, $"aliased energy {Rms(output, 200):0.0000}");
    }
}

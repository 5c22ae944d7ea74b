namespace InterviewBot.Core.Audio;

/// <summary>
/// Band-limited resampling with a Blackman-windowed sinc: the cutoff sits just below the lower of the
/// two Nyquist frequencies, so downsampling 44.1 or 48 kHz to 16 kHz does not fold high frequencies back in.
/// The rates' ratio is rational, so the filter is tabulated once per phase (polyphase) rather than per sample.
/// </summary>
public static class Resampler
{
    private const int HalfTaps = 24;
    private const int MaxPhases = 4096;

    public static float[] Resample(float[] input, int fromRate, int toRate)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(fromRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(toRate);
        if (fromRate == toRate) return (float[])input.Clone();

        var gcd = Gcd(fromRate, toRate);
        long up = toRate / gcd, down = fromRate / gcd; // output n sits at input position n * down / up
        var ratio = (double)toRate / fromRate;
        var cutoff = Math.Min(1.0, ratio) * 0.95; // as a fraction of the input Nyquist
        var taps = (int)Math.Ceiling(HalfTaps / Math.Min(1.0, ratio));
        var width = 2 * taps;
        var phases = (int)Math.Min(up, MaxPhases);
        var table = new float[phases * width];
        for (var p = 0; p < phases; p++)
        {
            var frac = (double)p / phases;
            for (var j = 0; j < width; j++)
            {
                var x = frac - (j - taps + 1);
                table[p * width + j] = (float)(Window(x / taps) * Sinc(x * cutoff) * cutoff);
            }
        }

        var output = new float[(int)(input.LongLength * up / down)];
        for (var n = 0; n < output.Length; n++)
        {
            var position = n * down;
            var whole = (int)(position / up);
            var phase = (int)(position % up * phases / up);
            var first = whole - taps + 1;
            double sum = 0, weight = 0;
            var row = phase * width;
            for (var j = 0; j < width; j++)
            {
                var k = first + j;
                if ((uint)k >= (uint)input.Length) continue;
                var w = table[row + j];
                sum += input[k] * w;
                weight += w;
            }
            // Normalising by the summed weights keeps DC gain at exactly 1, also at the edges.
            output[n] = weight == 0 ? 0 : (float)(sum / weight);
        }
        return output;
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return a;
    }

    private static double Sinc(double x) => Math.Abs(x) < 1e-9 ? 1.0 : Math.Sin(Math.PI * x) / (Math.PI * x);

    private static double Window(double t)
    {
        if (Math.Abs(t) >= 1) return 0;
        var u = (t + 1) / 2; // 0..1 across the window
        return 0.42 - 0.5 * Math.Cos(2 * Math.PI * u) + 0.08 * Math.Cos(4 * Math.PI * u);
    }
}

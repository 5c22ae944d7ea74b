using System.Buffers.Binary;

namespace InterviewBot.Core.Tests.TestSupport;

/// <summary>
/// Deterministic test audio: voice-like bursts (a 140 Hz buzz with harmonics, syllable-rate wobble) over
/// steady noise, with known start and end times; and WAV files written byte by byte.
/// </summary>
internal static class SyntheticAudio
{
    public static float[] Silence(int rate, double seconds) => new float[(int)(rate * seconds)];

    /// <summary>Adds voice between <paramref name="from"/> and <paramref name="to"/> seconds at a peak level in dBFS.</summary>
    public static void AddVoice(float[] samples, int rate, double from, double to, double levelDb = -12)
    {
        var amplitude = Math.Pow(10, levelDb / 20);
        for (var i = (int)(from * rate); i < Math.Min(samples.Length, (int)(to * rate)); i++)
        {
            var t = (double)i / rate;
            var buzz = 0.0;
            for (var h = 1; h <= 6; h++) buzz += Math.Sin(2 * Math.PI * 140 * h * t) / h;
            var syllables = 0.65 + 0.35 * Math.Sin(2 * Math.PI * 4 * t);
            samples[i] += (float)(amplitude * 0.6 * buzz * syllables);
        }
    }

    /// <summary>Adds white noise at an RMS level in dBFS, from a fixed seed.</summary>
    public static void AddNoise(float[] samples, double levelDb, int seed = 7)
    {
        var random = new Random(seed);
        var rms = Math.Pow(10, levelDb / 20);
        for (var i = 0; i < samples.Length; i++)
        {
            var gaussian = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            samples[i] += (float)(gaussian * rms);
        }
    }

    /// <summary>A PCM16 WAV with one channel per array.</summary>
    public static byte[] Wav16(int rate, params float[][] channels) => Wav(rate, 1, 16, channels);

    public static byte[] Wav(int rate, ushort format, ushort bits, params float[][] channels)
    {
        var frames = channels[0].Length;
        var width = bits / 8;
        var blockAlign = channels.Length * width;
        var data = new byte[frames * blockAlign];
        for (var f = 0; f < frames; f++)
        {
            for (var c = 0; c < channels.Length; c++)
            {
                var span = data.AsSpan(f * blockAlign + c * width, width);
                var v = Math.Clamp(channels[c][f], -1f, 0.99997f);
                switch (format, bits)
                {
                    case (1, 16): BinaryPrimitives.WriteInt16LittleEndian(span, (short)Math.Round(v * 32767)); break;
                    case (1, 24):
                        var s24 = (int)Math.Round(v * 8388607);
                        span[0] = (byte)s24; span[1] = (byte)(s24 >> 8); span[2] = (byte)(s24 >> 16);
                        break;
                    case (1, 32): BinaryPrimitives.WriteInt32LittleEndian(span, (int)Math.Round(v * 2147483647.0)); break;
                    case (3, 32): BinaryPrimitives.WriteSingleLittleEndian(span, v); break;
                    default: BinaryPrimitives.WriteDoubleLittleEndian(span, v); break;
                }
            }
        }
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        w.Write("RIFF"u8);
        w.Write(36 + data.Length + 10);
        w.Write("WAVE"u8);
        w.Write("LIST"u8); // an unknown chunk with an odd size, padded: readers must skip it
        w.Write(1);
        w.Write((byte)0);
        w.Write((byte)0);
        w.Write("fmt "u8);
        w.Write(16);
        w.Write(format);
        w.Write((ushort)channels.Length);
        w.Write(rate);
        w.Write(rate * blockAlign);
        w.Write((ushort)blockAlign);
        w.Write(bits);
        w.Write("data"u8);
        w.Write(data.Length);
        w.Write(data);
        return ms.ToArray();
    }
}

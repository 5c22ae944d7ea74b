namespace InterviewBot.Benchmarks.Media;

/// <summary>Eight seconds of two speakers taking turns (a 140 Hz voice with syllable-rate loudness over faint noise).</summary>
internal static class SyntheticSpeech
{
    public static short[][] TwoSpeakers()
    {
        const int rate = 16_000, length = 8 * rate;
        var random = new Random(5);
        var speakers = new short[2][];
        for (var speaker = 0; speaker < 2; speaker++)
        {
            speakers[speaker] = new short[length];
            for (var i = 0; i < length; i++)
            {
                var t = (double)i / rate;
                var talking = (t < 4) == (speaker == 0) && t % 4 > 0.3;
                var voice = talking ? 0.25 * Math.Sin(2 * Math.PI * 140 * t) * (0.6 + 0.4 * Math.Sin(2 * Math.PI * 4 * t)) : 0;
                speakers[speaker][i] = (short)((voice + (random.NextDouble() - 0.5) * 0.002) * 32767);
            }
        }
        return speakers;
    }
}

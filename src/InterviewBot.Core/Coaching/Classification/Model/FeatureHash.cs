namespace InterviewBot.Core.Coaching.Classification.Model;

/// <summary>
/// FNV-1a hashing of feature names into a fixed number of buckets: the model needs no vocabulary, and the
/// same text always lands in the same buckets on every machine (no randomised string hashing).
/// </summary>
public static class FeatureHash
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>The hash of a namespace (what kind of feature) and a span of text.</summary>
    public static uint Of(uint kind, ReadOnlySpan<char> text)
    {
        var h = Mix(Offset, kind);
        foreach (var c in text) h = (h ^ c) * Prime;
        return Finish(h);
    }

    /// <summary>The hash of a namespace and two words (a bigram).</summary>
    public static uint Of(uint kind, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var h = Mix(Offset, kind);
        foreach (var c in first) h = (h ^ c) * Prime;
        h = (h ^ ' ') * Prime;
        foreach (var c in second) h = (h ^ c) * Prime;
        return Finish(h);
    }

    /// <summary>The hash of a namespace and a small number (a label bit, a count bucket).</summary>
    public static uint Of(uint kind, int value) => Finish(Mix(Mix(Offset, kind), (uint)value));

    private static uint Mix(uint h, uint value)
    {
        for (var i = 0; i < 4; i++)
        {
            h = (h ^ (value & 0xFF)) * Prime;
            value >>= 8;
        }
        return h;
    }

    // FNV's low bits are weak for short inputs; a final avalanche spreads them over the bucket range.
    private static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return h;
    }
}

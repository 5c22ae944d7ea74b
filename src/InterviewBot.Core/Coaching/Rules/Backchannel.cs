using System.Collections.Frozen;

namespace InterviewBot.Core.Coaching.Rules;

/// <summary>Listening noises ("mm-hm", "yeah", "right") that keep a speaker going rather than take the floor.</summary>
internal static class Backchannel
{
    private static readonly FrozenSet<string> s_phrases = new[]
    {
        "mm", "mm-hm", "mhm", "mm hm", "mmhm", "uh-huh", "uh huh", "hm", "hmm", "huh", "yeah", "yes", "yep", "yup", "right",
        "okay", "ok", "sure", "got it", "gotcha", "i see", "oh", "oh wow", "wow", "nice", "cool", "totally", "exactly",
        "interesting", "oh interesting", "makes sense", "that makes sense", "ha", "haha", "ah", "oh nice", "very cool",
        "of course", "true", "love that", "oh okay", "i can imagine", "oh no", "yikes", "ouch", "wow okay", "great",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when the whole utterance is a listening noise (punctuation and case ignored).</summary>
    public static bool Is(string text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        if (text.Length > 64) return false;
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c) || c == '-' || c == ' ' || c == '\'') buffer[n++] = char.ToLowerInvariant(c);
        }
        var normalized = buffer[..n].Trim().ToString();
        return s_phrases.Contains(normalized);
    }
}

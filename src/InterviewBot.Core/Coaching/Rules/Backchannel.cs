using System.Collections.Frozen;

namespace InterviewBot.Core.Coaching.Rules;

/// <summary>Listening noises ("mm-hm", "yeah, right", "oh wow") that keep a speaker going rather than take the floor.</summary>
internal static class Backchannel
{
    private const int MaxWords = 4;

    private static readonly FrozenSet<string> s_words = new[]
    {
        "mm", "mmm", "mm-hm", "mm-hmm", "mhm", "mmhm", "hm", "hmm", "uh-huh", "huh", "ah", "oh", "ha", "haha",
        "yeah", "yes", "yep", "yup", "right", "okay", "ok", "sure", "wow", "nice", "cool", "totally", "exactly",
        "gotcha", "got", "it", "i", "see", "makes", "sense", "that", "that's", "interesting", "great", "awesome",
        "love", "of", "course", "true", "can", "imagine", "no", "yikes", "ouch", "very", "indeed", "absolutely",
        "definitely", "fair", "wild", "crazy",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when every word of a short utterance is a listening noise (punctuation and case ignored).</summary>
    public static bool Is(string text)
    {
        var words = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetter(text[i]) || text[i] is '-' or '\'' or '’');
            if (inWord)
            {
                if (start < 0) start = i;
                continue;
            }
            if (start < 0) continue;
            if (++words > MaxWords || !s_words.Contains(Normalize(text.AsSpan(start, i - start)))) return false;
            start = -1;
        }
        return words > 0;
    }

    private static string Normalize(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++) buffer[i] = word[i] == '’' ? '\'' : char.ToLowerInvariant(word[i]);
        return buffer.Trim('-').ToString();
    }
}

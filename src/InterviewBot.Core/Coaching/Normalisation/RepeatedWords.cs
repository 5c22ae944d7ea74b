namespace InterviewBot.Core.Coaching.Normalisation;

/// <summary>
/// A cheap test before the repeat pattern (the costliest of the cleaner's passes): whether any run of one to four
/// words is followed straight away by the same run, ignoring case and the punctuation between words. Every text the
/// pattern would change passes this test, so skipping the pattern when it fails changes nothing.
/// </summary>
internal static class RepeatedWords
{
    private const int MaxPhraseWords = 4;

    public static bool MayRepeat(string text)
    {
        Span<(int Start, int Length)> words = stackalloc (int, int)[Math.Min(text.Length / 2 + 1, 512)];
        var count = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && (char.IsAsciiLetter(text[i]) || text[i] == '\'');
            if (letter && start < 0) start = i;
            if (letter || start < 0) continue;
            // A text too long for the buffer is left to the pattern.
            if (count == words.Length) return true;
            words[count++] = (start, i - start);
            start = -1;
        }
        for (var n = 1; n <= MaxPhraseWords; n++)
            for (var i = 0; i + (2 * n) <= count; i++)
                if (Same(text, words, i, i + n, n)) return true;
        return false;
    }

    private static bool Same(string text, ReadOnlySpan<(int Start, int Length)> words, int a, int b, int n)
    {
        for (var k = 0; k < n; k++)
        {
            var (sa, la) = words[a + k];
            var (sb, lb) = words[b + k];
            if (la != lb || !text.AsSpan(sa, la).Equals(text.AsSpan(sb, lb), StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }
}

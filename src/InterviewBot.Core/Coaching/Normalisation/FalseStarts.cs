namespace InterviewBot.Core.Coaching.Normalisation;

/// <summary>
/// Drops a sentence the speaker abandoned and restarted: a word cut off ("we were go- we went") or a dash
/// ("we were going to -- we went"). When the restart repeats a word from just before the break, everything
/// from that word to the break goes; otherwise only the cut word does.
/// </summary>
internal static class FalseStarts
{
    /// <summary>How far back a restart may reach: longer fragments are real clauses, not false starts.</summary>
    private const int MaxAbandonedWords = 6;

    public static string Remove(string text)
    {
        if (!text.Contains('-', StringComparison.Ordinal)) return text;
        var words = new List<string>(text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        for (var i = 0; i < words.Count - 1; i++)
        {
            var cut = IsCutWord(words[i]);
            var dash = words[i] is "-" or "--";
            if (!cut && !dash) continue;
            var restart = Bare(words[i + 1]);
            var from = i;
            for (var j = i - 1; j >= Math.Max(0, i - MaxAbandonedWords); j--)
            {
                if (EndsSentence(words[j])) break;
                if (Bare(words[j]) == restart)
                {
                    from = j;
                    break;
                }
            }
            // A dash with no restart is a pause or an aside, not a false start: keep the words, drop the dash.
            if (dash && from == i)
            {
                words.RemoveAt(i);
                i--;
                continue;
            }
            words.RemoveRange(from, i - from + 1);
            i = from - 1;
        }
        return string.Join(' ', words);
    }

    private static bool IsCutWord(string word) =>
        word.Length >= 2 && word.EndsWith('-') && word.TrimEnd('-') is { Length: > 0 } stem && char.IsLetter(stem[^1]);

    private static bool EndsSentence(string word) => word.EndsWith('.') || word.EndsWith('?') || word.EndsWith('!');

    private static string Bare(string word) => word.Trim(',', '.', '?', '!', '-', '"').ToLowerInvariant();
}

namespace InterviewBot.Core.Synthesis;

/// <summary>
/// Normalises a clause into content words: lower case, letters and digits only, everyday words dropped
/// (<see cref="EverydayWords"/>), and a light stem ("plots" → "plot", "recreated"/"recreating" → "recreat")
/// so two interviewees' wordings meet.
/// </summary>
public static class ContentWords
{
    /// <summary>The clause's content words, in order, repeats kept (they weigh in term frequency).</summary>
    public static IReadOnlyList<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var ch in text.ToLowerInvariant() + " ")
        {
            if (char.IsLetterOrDigit(ch) || ch == '\'' || ch == '’') { current.Append(ch == '’' ? '\'' : ch); continue; }
            if (current.Length > 0) Add(words, current.ToString().Trim('\''));
            current.Clear();
        }
        return words;
    }

    private static void Add(List<string> words, string word)
    {
        if (word.Length < 3 || EverydayWords.All.Contains(word) || word.All(char.IsDigit) || word.All(c => c == 'x')) return;
        if (word.EndsWith("'s", StringComparison.Ordinal)) word = word[..^2];
        if (word.Contains('\'', StringComparison.Ordinal) || EverydayWords.All.Contains(word)) return;
        words.Add(Stem(word));
    }

    /// <summary>Folds plurals and -ing/-ed/-e endings; never below four letters, so short words stay whole.</summary>
    internal static string Stem(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal)) word = word[..^3] + "y";
        else if (word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)) word = word[..^1];
        if (word.Length > 6 && word.EndsWith("ing", StringComparison.Ordinal)) word = word[..^3];
        else if (word.Length > 5 && word.EndsWith("ed", StringComparison.Ordinal)) word = word[..^2];
        if (word.Length > 4 && word.EndsWith('e')) word = word[..^1];
        if (word.Length > 4 && word[^1] == word[^2] && !"lsz".Contains(word[^1], StringComparison.Ordinal)) word = word[..^1]; // "brushing"/"planned" doubles
        return word;
    }
}

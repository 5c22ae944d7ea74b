namespace InterviewBot.Core.Synthesis;

/// <summary>
/// Normalises a clause into content words: lower case, letters and digits only, function words and fillers
/// dropped, a plain plural folded ("plots" → "plot") so two interviewees' wordings meet.
/// </summary>
public static class ContentWords
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "but", "if", "then", "so", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is", "are",
        "was", "were", "be", "been", "being", "it", "its", "it's", "this", "that", "these", "those", "there", "here", "i", "i'm", "i've", "i'd",
        "me", "my", "we", "our", "us", "you", "your", "they", "them", "their", "he", "she", "his", "her", "what", "which", "who", "how", "when",
        "where", "why", "do", "does", "did", "doing", "have", "has", "had", "can", "could", "would", "should", "will", "just", "like", "really",
        "very", "kind", "sort", "um", "uh", "yeah", "okay", "oh", "well", "mean", "know", "think", "guess", "thing", "things", "lot", "much",
        "more", "most", "some", "any", "all", "not", "no", "yes", "don't", "didn't", "about", "into", "out", "up", "also", "than", "too",
        "get", "got", "one", "way", "something", "because", "maybe", "actually", "basically", "honestly", "pretty", "even", "only", "other",
        "say", "said", "right", "see", "go", "going", "want", "make", "look", "looking", "use", "using", "used", "time", "am", "unintelligible",
    };

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
        if (word.Length < 3 || Stop.Contains(word) || word.All(char.IsDigit) || word.All(c => c == 'x')) return;
        if (word.EndsWith("'s", StringComparison.Ordinal)) word = word[..^2];
        if (word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) word = word[..^1];
        words.Add(word);
    }
}

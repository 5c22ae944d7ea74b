namespace InterviewBot.Core.Synthesis;

/// <summary>
/// Lets an acronym and its spelled-out form meet as one word: "I went to DAV" and "Disabled American Veterans" share
/// "dav". The acronyms are the all-capital words (three to six letters) any interview of the synthesis used; a
/// spelled-out form is a run of words whose initials spell one ("of", "and", "the", "for" between them skipped).
/// </summary>
public static class Acronyms
{
    private static readonly HashSet<string> s_connectors = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "the", "for", "&" };

    /// <summary>The acronyms used in <paramref name="texts"/>, upper case.</summary>
    public static IReadOnlySet<string> Known(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
            foreach (var w in Words(text))
                if (w.Length is >= 3 and <= 6 && w.All(char.IsUpper)) known.Add(w);
        return known;
    }

    /// <summary>The acronyms (lower case, as content words) that <paramref name="text"/> spells out, in order.</summary>
    public static IReadOnlyList<string> SpelledOut(string text, IReadOnlySet<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        var found = new List<string>();
        if (known.Count == 0) return found;
        var words = Words(text).ToList();
        for (var start = 0; start < words.Count; start++)
        {
            if (s_connectors.Contains(words[start])) continue;
            var initials = new System.Text.StringBuilder();
            for (var k = start; k < words.Count && initials.Length < 6; k++)
            {
                if (k > start && s_connectors.Contains(words[k])) continue;
                if (words[k].All(char.IsUpper) && words[k].Length > 1) break; // an acronym itself is not a spelled-out word
                initials.Append(char.ToUpperInvariant(words[k][0]));
                if (initials.Length >= 3 && known.Contains(initials.ToString()) && !found.Contains(initials.ToString().ToLowerInvariant()))
                    found.Add(initials.ToString().ToLowerInvariant());
            }
        }
        return found;
    }

    private static IEnumerable<string> Words(string text) =>
        (text ?? throw new ArgumentNullException(nameof(text))).Split((char[])[' ', ',', '.', ';', ':', '!', '?', '(', ')', '"', '/', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsLetter(w[0]));
}

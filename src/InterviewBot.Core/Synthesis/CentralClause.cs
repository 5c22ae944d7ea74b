using System.Text.RegularExpressions;

namespace InterviewBot.Core.Synthesis;

/// <summary>
/// Names a group from its most central clause: every member quote is cut at punctuation and at clause words
/// ("but", "because", "so"), short pieces joined to the next, and the piece closest to the group's centroid wins
/// (ties to the earlier quote and piece). The name is the speaker's words, a contiguous part of one quote.
/// </summary>
internal static partial class CentralClause
{
    private const int MinWords = 4;
    private const int MaxWords = 14;

    /// <summary>The clause of <paramref name="quotes"/> (most central quote first) closest to the group's <paramref name="centroid"/>.</summary>
    public static string Of(IReadOnlyList<string> quotes, IReadOnlyDictionary<string, double> centroid, TfIdfVectors vectors)
    {
        var (best, score) = ("", double.NegativeInfinity);
        foreach (var quote in quotes)
            foreach (var piece in Pieces(quote))
            {
                var words = ContentWords.Of(piece);
                if (words.Count == 0) continue;
                var s = vectors.CosineTo(words, centroid);
                if (s > score + 1e-12) (best, score) = (piece, s);
            }
        return Trim(best.Length > 0 ? best : quotes[0]);
    }

    /// <summary>The clauses of <paramref name="text"/>, each at least four words where the sentence allows.</summary>
    internal static IEnumerable<string> Pieces(string text)
    {
        var current = "";
        foreach (var raw in Boundary().Split(text))
        {
            current = current.Length == 0 ? raw.Trim() : current + " " + raw.Trim();
            if (current.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinWords) continue;
            yield return current;
            current = "";
        }
        if (current.Length > 0) yield return current;
    }

    /// <summary>Drops leading fillers and trailing punctuation, and cuts at fourteen words at a word boundary.</summary>
    internal static string Trim(string clause)
    {
        var t = LeadingFiller().Replace(clause.Trim(), "").Trim().TrimEnd(',', ';', ':', '-', '–', '—', ' ');
        if (t.Length == 0) t = clause.Trim();
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords ? t : string.Join(' ', words.Take(MaxWords)) + " …";
    }

    // A clause ends at , ; : … . ? ! or a dash, or before "but", "because", "so", "although", "whereas".
    [GeneratedRegex(@"(?<=[,;:…\.\?!])\s+|\s+[-–—]\s+|\s+(?=\b(?:but|because|so|although|whereas)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^(?:(?:and|but|so|or|because|although|whereas|um|uh|like|well|yeah|okay|oh|then|you know|i mean)\b[,\s]*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingFiller();
}

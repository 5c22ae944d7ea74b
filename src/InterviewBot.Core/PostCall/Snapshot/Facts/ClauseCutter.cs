using System.Text.RegularExpressions;
using InterviewBot.Core.PostCall.Quotes;

namespace InterviewBot.Core.PostCall.Snapshot.Facts;

/// <summary>
/// Cuts a sentence down to the whole clauses around a term (the clause that carries a number, a name, a
/// self-description), growing outwards clause by clause until it reads on its own, never past a word limit.
/// </summary>
public static partial class ClauseCutter
{
    /// <summary>The clauses of <paramref name="quote"/> around [<paramref name="start"/>, <paramref name="end"/>), at most <paramref name="maxWords"/> words, cleaned.</summary>
    public static Quote? Around(Quote quote, int start, int end, int minWords = 6, int maxWords = 24)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var text = quote.Text;
        var cuts = new List<int> { 0 };
        cuts.AddRange(Boundary().Matches(text).Select(m => m.Index + m.Length).Where(i => i > 0 && i < text.Length));
        cuts.Add(text.Length);
        cuts = cuts.Distinct().Order().ToList();
        var from = cuts.Last(c => c <= start);
        var to = cuts.First(c => c >= end);
        int Words(int a, int b) => text[a..b].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        while (Words(from, to) < minWords)
        {
            var before = cuts.LastOrDefault(c => c < from, -1);
            var after = cuts.FirstOrDefault(c => c > to, -1);
            var growAfter = after >= 0 && (before < 0 || Words(to, after) <= Words(before, from));
            if (growAfter && Words(from, after) <= maxWords) to = after;
            else if (before >= 0 && Words(before, to) <= maxWords) from = before;
            else break;
        }
        if (Words(from, to) > maxWords)
        {
            // One clause too long on its own: keep a word window around the term instead.
            var words = WordSpan().Matches(text).ToList();
            var first = Math.Max(0, words.FindIndex(w => w.Index + w.Length > start) - (maxWords / 3));
            var last = Math.Min(words.Count - 1, first + maxWords - 1);
            from = words[first].Index;
            to = words[last].Index + words[last].Length;
        }
        var part = QuoteSource.Part(quote, from, to - from);
        return QuoteSource.Clean(part) ?? part;
    }

    // A clause ends after , ; : or a dash, or before a joining word.
    [GeneratedRegex(@"[,;:]\s+|\s+-{1,2}\s+|\s+\u2014\s+|(?<=\s)(?=(?:but|because|so|and then|which|whereas|although|while|where) )")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\S+")]
    private static partial Regex WordSpan();
}

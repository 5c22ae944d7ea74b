namespace InterviewBot.Core.Synthesis;

/// <summary>
/// Whether a clause speaks for or against what it is about, from a small fixed lexicon of evaluative words
/// ("helpful", "easy" against "confusing", "frustrating"); a favourable word after "not", "never" or "n't"
/// counts against. Zero when it says neither or both, so only clear sides are quoted as a disagreement.
/// </summary>
internal static class Polarity
{
    private static readonly HashSet<string> s_for = new(StringComparer.Ordinal)
    {
        "easy", "easier", "simple", "helpful", "useful", "great", "love", "loved", "good", "best", "excellent", "convenient", "clear",
        "intuitive", "nice", "happy", "fine", "works", "worked", "straightforward", "self-explanatory", "appropriate", "fast", "quick",
    };

    private static readonly HashSet<string> s_against = new(StringComparer.Ordinal)
    {
        "hard", "harder", "difficult", "confusing", "confused", "complicated", "frustrating", "frustrated", "hate", "bad", "worst", "worse",
        "slow", "wrong", "messy", "cluttered", "overwhelming", "annoying", "tedious", "painful", "sucks", "useless", "denied", "unclear",
        "problem", "struggle", "impossible", "disappointed", "repetitive", "screwed",
    };

    private static readonly HashSet<string> s_negators = new(StringComparer.Ordinal) { "not", "never", "no", "don't", "didn't", "isn't", "wasn't", "doesn't", "wouldn't", "can't", "couldn't", "won't" };

    /// <summary>+1 favourable, −1 unfavourable, 0 neither or mixed.</summary>
    public static int Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.ToLowerInvariant().Replace('’', '\'')
            .Split([' ', ',', '.', '!', '?', ';', ':', '"', '(', ')', '…'], StringSplitOptions.RemoveEmptyEntries);
        var (pro, con) = (0, 0);
        for (var i = 0; i < words.Length; i++)
        {
            var negated = words.Skip(Math.Max(0, i - 3)).Take(Math.Min(3, i)).Any(s_negators.Contains);
            var word = words[i].Length > 4 && words[i].EndsWith('s') && !s_for.Contains(words[i]) ? words[i][..^1] : words[i]; // "problems"
            if (s_for.Contains(word)) { if (negated) con++; else pro++; }
            else if (s_against.Contains(word)) { if (negated) pro++; else con++; }
        }
        return pro > 0 && con == 0 ? 1 : con > 0 && pro == 0 ? -1 : 0;
    }
}

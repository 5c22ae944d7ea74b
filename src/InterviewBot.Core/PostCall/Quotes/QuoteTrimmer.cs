using System.Text;
using System.Text.RegularExpressions;

namespace InterviewBot.Core.PostCall.Quotes;

/// <summary>
/// Makes a spoken sentence readable without changing a word: fillers ("um", "you know,"), stutters
/// ("the, the, the") and false starts are left out and shown as " … " when they sit inside the quote;
/// discourse openers ("Yeah, so") and dangling ends ("and", "--") are cut off.
/// </summary>
internal static partial class QuoteTrimmer
{
    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
        { "um", "uh", "uhm", "er", "erm", "ah", "hmm", "mm", "mmm", "mmmm", "mmmmm", "mhm", "uh-huh", "mm-hmm" };

    // Cut at the start of a quote whatever follows them.
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
        { "yeah", "yep", "so", "well", "okay", "ok", "oh", "and", "alright" };

    // Cut at the start only when a comma or full stop closes them ("No, I don't" but not "No one does").
    private static readonly HashSet<string> PunctuatedOpeners = new(StringComparer.OrdinalIgnoreCase)
        { "yes", "but", "right", "honestly", "like", "now", "no", "sure", "actually", "basically", "cool", "great", "exactly", "totally", "absolutely" };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
        { "the", "a", "an", "to", "of", "by", "in", "on", "at", "for", "with", "it", "is", "that", "this", "and", "or", "but", "so", "if", "like", "was", "are", "be", "i", "we", "you", "they" };

    private static readonly HashSet<string> DanglingEnds = new(StringComparer.OrdinalIgnoreCase)
        { "and", "but", "or", "so", "like", "yeah", "the", "a", "an", "of", "to", "that", "um", "uh", "is", "was", "with", "because", "if", "i", "we", "you",
          "for", "in", "on", "at", "about", "from", "it's", "it", "when", "where", "what", "which", "then", "than", "as", "by", "are", "be", "my", "our", "your", "their", "this", "just", "really", "maybe" };

    // "I, it's not that" / "the, it goes": one short word and a comma, then something else — a restart.
    private static readonly HashSet<string> RestartWords = new(StringComparer.OrdinalIgnoreCase)
        { "i", "we", "you", "they", "he", "she", "the", "a", "an" }; // not "in", "it": "logged in, so", "dropped it, and" are whole

    // After these words "like" is a filler, not the verb ("I like", "would like") or a comparison ("looks like").
    private static readonly HashSet<string> FillerLikeAfter = new(StringComparer.OrdinalIgnoreCase)
        { "to", "the", "a", "an", "is", "was", "are", "were", "just", "of", "my", "our", "your", "their", "it's", "that's", "there's", "we're", "they're", "i'm", "so", "and", "all", "be", "been", "some", "have", "had", "get", "got", "with", "for", "in", "on", "at", "about", "from", "into", "by", "then", "um", "uh", "actually", "basically", "literally", "honestly" };

    // Said twice on purpose ("very, very helpful"), not a stutter.
    private static readonly HashSet<string> Emphatic = new(StringComparer.OrdinalIgnoreCase)
        { "very", "really", "much", "many", "more", "far", "no", "yes", "yeah", "bye", "ha", "long", "over" };

    private sealed record Token(int Start, int End, string Core, string Raw)
    {
        public bool EndsClause => Raw.EndsWith(',') || Raw.EndsWith(';') || Raw.EndsWith(':') || Raw == "--" || Raw == "-";
    }

    /// <summary>The readable, verbatim-with-gaps form of <paramref name="sentence"/>; null when nothing of substance is left.</summary>
    public static string? Trim(string sentence, int minWords = 3)
    {
        var tokens = WordToken().Matches(sentence).Select(m => new Token(m.Index, m.Index + m.Length, CoreOf(m.Value), m.Value)).ToList();
        if (tokens.Count == 0) return null;
        var keep = Enumerable.Repeat(true, tokens.Count).ToArray();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (Fillers.Contains(t.Core) || t.Raw.StartsWith('(') && (t.Raw.Contains("unintelligible", StringComparison.OrdinalIgnoreCase) || t.Raw.Contains("??", StringComparison.Ordinal)))
                keep[i] = false;
            else if (t.Core == "know" && i > 0 && tokens[i - 1].Core == "you" && (t.Raw.EndsWith(',') || tokens[i - 1].Start == 0 || i > 1 && tokens[i - 2].EndsClause))
                keep[i] = keep[i - 1] = false;
            else if (t.Core == "mean" && i > 0 && tokens[i - 1].Raw == "I" && t.Raw.EndsWith(','))
                keep[i] = keep[i - 1] = false;
            else if (t.Raw.Equals("like,", StringComparison.OrdinalIgnoreCase) && (i == 0 || tokens[i - 1].EndsClause || !char.IsLetter(tokens[i - 1].Raw[^1])))
                keep[i] = false;
            else if (t.Raw == "like" && i > 1 && tokens[i - 1].Raw == "of" && tokens[i - 2].Core is "kind" or "sort")
                keep[i] = keep[i - 1] = keep[i - 2] = false; // "kind of like"
            else if (t.Raw == "like" && i > 0 && i + 1 < tokens.Count && FillerLikeAfter.Contains(tokens[i - 1].Core) && !tokens[i - 1].EndsClause && tokens[i + 1].Core != "to")
                keep[i] = false; // "to like be", "the like plots", "is like 60 million"
            else if (i + 1 < tokens.Count && t.Raw.EndsWith(',') && RestartWords.Contains(t.Core) && t.Raw.Length <= t.Core.Length + 1 && !tokens[i + 1].Raw.StartsWith('"'))
                keep[i] = false;
            else if (i + 1 < tokens.Count && t.Core.Length > 0 && t.Core == tokens[i + 1].Core && !Emphatic.Contains(t.Core))
                keep[i] = false; // a stutter: keep the last of the repeats
        }
        DropFalseStarts(tokens, keep);
        var first = 0;
        while (first < tokens.Count && (!keep[first] || IsOpener(tokens[first]))) first++;
        var last = tokens.Count - 1;
        // A word that leaves the sentence hanging is cut only when the speaker did not end the sentence on it ("eat that." stays).
        while (last >= first && (!keep[last] || tokens[last].Core.Length == 0 || DanglingEnds.Contains(tokens[last].Core) && !EndsSentence(tokens[last].Raw))) last--;
        if (last < first) return null;

        var text = new StringBuilder();
        var words = 0;
        for (var i = first; i <= last; i++)
        {
            if (!keep[i]) continue;
            var runEnd = i;
            while (runEnd + 1 <= last && keep[runEnd + 1]) runEnd++;
            var piece = sentence[tokens[i].Start..tokens[runEnd].End].TrimEnd(',', ';', ':', '-', ' ');
            if (piece.Length > 0)
            {
                if (text.Length > 0) text.Append(Verbatim.Gap);
                text.Append(piece);
                words += runEnd - i + 1;
            }
            i = runEnd;
        }
        return words >= minWords ? text.ToString() : null;
    }

    private static bool EndsSentence(string raw) => raw.EndsWith('.') || raw.EndsWith('!') || raw.EndsWith('?');

    private static bool IsOpener(Token t) =>
        Openers.Contains(t.Core) || PunctuatedOpeners.Contains(t.Core) && (t.EndsClause || t.Raw.EndsWith('.'));

    /// <summary>
    /// "we do it by, we select" → the restart "we do it by," is left out: a short run ending in a comma, then the
    /// same first word again. Runs longer than two words must end on a function word, so a list of full clauses stays.
    /// </summary>
    private static void DropFalseStarts(List<Token> tokens, bool[] keep)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!keep[i] || tokens[i].Core.Length == 0) continue;
            for (var j = i; j < Math.Min(tokens.Count - 1, i + 5); j++)
            {
                if (!tokens[j].EndsClause) continue;
                var length = j - i + 1;
                if (tokens[j + 1].Core == tokens[i].Core && (length <= 2 || FunctionWords.Contains(tokens[j].Core)))
                {
                    for (var k = i; k <= j; k++) keep[k] = false;
                }
                break;
            }
        }
    }

    private static string CoreOf(string raw) => NonWord().Replace(raw, "").ToLowerInvariant();

    [GeneratedRegex(@"\S+")]
    private static partial Regex WordToken();

    [GeneratedRegex(@"^[^\w']+|[^\w']+$")]
    private static partial Regex NonWord();
}

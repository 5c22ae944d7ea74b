using System.Text.RegularExpressions;
using InterviewBot.Core.Coaching.Classification;

namespace InterviewBot.Core.Coaching.Normalisation;

/// <summary>
/// Splits a cleaned turn into sentences: at the speaker's own sentence ends, and in long unpunctuated
/// stretches (speech-to-text gives whole minutes without a full stop) where a question or a new clause starts.
/// </summary>
internal static partial class SentenceSplitter
{
    /// <summary>An unpunctuated stretch longer than this is split at clause starts.</summary>
    private const int LongRunWords = 18;

    /// <summary>Neither piece of a split may be shorter than this, so "so what" is never a sentence.</summary>
    private const int MinimumPieceWords = 4;

    public static IReadOnlyList<SpokenSentence> Split(string cleaned)
    {
        var sentences = new List<SpokenSentence>();
        foreach (var raw in SentenceEnds().Split(cleaned.ToLowerInvariant()))
        {
            var text = raw.Trim(' ', ',', ';', ':', '-', '"');
            if (text.Length == 0) continue;
            foreach (var piece in SplitLongRun(text))
                sentences.Add(new SpokenSentence(piece, IsQuestion(piece)));
        }
        return sentences;
    }

    private static IEnumerable<string> SplitLongRun(string sentence)
    {
        if (WordCount(sentence) <= LongRunWords || sentence.Contains(',', StringComparison.Ordinal))
        {
            yield return sentence;
            yield break;
        }
        var start = 0;
        foreach (Match m in ClauseStart().Matches(sentence))
        {
            var before = sentence[start..m.Index].Trim();
            var rest = sentence[m.Index..];
            if (WordCount(before) < MinimumPieceWords || WordCount(rest) < MinimumPieceWords) continue;
            yield return before;
            start = m.Index;
        }
        yield return sentence[start..].Trim();
    }

    private static bool IsQuestion(string sentence) =>
        sentence.EndsWith('?') || ClauseSplitter.FormOf(sentence.TrimEnd('.', '!', '?')) != QuestionForm.None;

    /// <summary>Words in a text, counted as runs of non-space characters without allocating.</summary>
    internal static int WordCount(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = !char.IsWhiteSpace(c);
            if (wordChar && !inWord) words++;
            inWord = wordChar;
        }
        return words;
    }

    [GeneratedRegex(@"(?<=[.?!])\s+|(?<=\?)(?=\S)")]
    private static partial Regex SentenceEnds();

    /// <summary>Where a new sentence starts inside a run-on: a question with its verb, or a discourse turn ("so", "and then", "but").</summary>
    [GeneratedRegex(@"(?<=\s)(?:(?:what|how|when|where|why|who)(?:'s)?\s+(?:did|do|does|was|were|is|are|would|will|could|can|have|had)\s+(?:you|they|we|it|that|the)\b|(?:would|could|can|do|did|will|have) you\b|(?:and then|so then|okay so|ok so|but then|and so)\s)")]
    private static partial Regex ClauseStart();
}

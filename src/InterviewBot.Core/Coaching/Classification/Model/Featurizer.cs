using System.Numerics;
using InterviewBot.Core.Coaching.Normalisation;

namespace InterviewBot.Core.Coaching.Classification.Model;

/// <summary>
/// Turns an utterance into hashed features: word 1–2-grams and character 3–5-grams of the normalised text,
/// the rules' labels and tags, sentence and question counts, and the context turn's words and rule labels
/// (in their own namespaces, so "price" said by the other side is a different feature). Deterministic.
/// </summary>
public static class Featurizer
{
    /// <summary>The feature space; the model file names it so a model built for another space is refused.</summary>
    public const int Buckets = 1 << 16;

    /// <summary>The version of this feature set, written into the model file.</summary>
    public const string Version = "ngram-w12-c35-rules-ctx-q-v2";

    private const uint WordKind = 1, BigramKind = 2, CharKind = 3, RuleKind = 4, TagKind = 5, ShapeKind = 6,
        FirstFormKind = 7, ContextWordKind = 8, ContextRuleKind = 9, LastFormKind = 10,
        QuestionWordKind = 11, QuestionBigramKind = 12, OpenerKind = 13, PositionKind = 14;

    /// <summary>Only the end of a long context turn is read: what was said last is what the utterance answers.</summary>
    private const int ContextWords = 30;

    public static FeatureVector Featurize(FeatureInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var hashes = new List<uint>(256);
        var text = input.Utterance.Text.ToLowerInvariant();
        var words = Tokens(text);
        AddWords(hashes, words);
        AddCharGrams(hashes, words);
        AddBits(hashes, RuleKind, (uint)input.Rules.Labels);
        AddBits(hashes, TagKind, (uint)input.Rules.Tags);
        AddShape(hashes, input.Utterance, words.Count);
        AddQuestion(hashes, input.Utterance);
        if (input.Context is { } context)
        {
            var contextWords = Tokens(context.Text.ToLowerInvariant());
            foreach (var w in contextWords.Skip(Math.Max(0, contextWords.Count - ContextWords)))
                hashes.Add(FeatureHash.Of(ContextWordKind, w));
            AddBits(hashes, ContextRuleKind, (uint)input.ContextRules.Labels);
        }

        // Unit length: a long turn has more n-grams, not more evidence per n-gram.
        var value = hashes.Count == 0 ? 0f : 1f / MathF.Sqrt(hashes.Count);
        var indices = new int[hashes.Count];
        var values = new float[hashes.Count];
        for (var i = 0; i < hashes.Count; i++)
        {
            indices[i] = (int)(hashes[i] & (Buckets - 1));
            values[i] = value;
        }
        return new FeatureVector(indices, values);
    }

    private static void AddWords(List<uint> hashes, List<string> words)
    {
        var previous = "<s>";
        foreach (var w in words)
        {
            hashes.Add(FeatureHash.Of(WordKind, w));
            hashes.Add(FeatureHash.Of(BigramKind, previous, w));
            previous = w;
        }
        hashes.Add(FeatureHash.Of(BigramKind, previous, "</s>"));
    }

    private static void AddCharGrams(List<uint> hashes, List<string> words)
    {
        var joined = " " + string.Join(' ', words) + " ";
        var span = joined.AsSpan();
        for (var n = 3; n <= 5; n++)
            for (var i = 0; i + n <= span.Length; i++)
                hashes.Add(FeatureHash.Of(CharKind + ((uint)n << 8), span.Slice(i, n)));
    }

    private static void AddBits(List<uint> hashes, uint kind, uint bits)
    {
        while (bits != 0)
        {
            var bit = BitOperations.TrailingZeroCount(bits);
            hashes.Add(FeatureHash.Of(kind, bit));
            bits &= bits - 1;
        }
    }

    private static void AddShape(List<uint> hashes, NormalisedUtterance u, int wordCount)
    {
        hashes.Add(FeatureHash.Of(ShapeKind, 100 + Math.Min(u.QuestionSentences, 3)));
        hashes.Add(FeatureHash.Of(ShapeKind, 200 + Math.Min(u.DistinctQuestions, 3)));
        hashes.Add(FeatureHash.Of(ShapeKind, 300 + Math.Min(u.Sentences.Count, 4)));
        hashes.Add(FeatureHash.Of(ShapeKind, 400 + (wordCount == 0 ? 0 : BitOperations.Log2((uint)wordCount) + 1)));
        if (u.IsReformulated) hashes.Add(FeatureHash.Of(ShapeKind, 500));
        if (u.Sentences.Count > 0)
        {
            hashes.Add(FeatureHash.Of(FirstFormKind, (int)ClauseSplitter.FormOf(u.Sentences[0].Text.TrimEnd('?', '.', '!'))));
            hashes.Add(FeatureHash.Of(LastFormKind, (int)ClauseSplitter.FormOf(u.Sentences[^1].Text.TrimEnd('?', '.', '!'))));
        }
    }

    /// <summary>
    /// The turn's last question, in its own namespace, and where it sits: a long podcast turn is mostly comment, and the
    /// question at its end is what the question labels are about ("…so would you pay for that?").
    /// </summary>
    private static void AddQuestion(List<uint> hashes, NormalisedUtterance u)
    {
        var last = -1;
        var statementsBefore = 0;
        for (var i = 0; i < u.Sentences.Count; i++)
        {
            if (u.Sentences[i].IsQuestion) last = i;
            else if (last < 0) statementsBefore++;
        }
        hashes.Add(FeatureHash.Of(PositionKind, last < 0 ? 0 : last == u.Sentences.Count - 1 ? 1 : 2));
        hashes.Add(FeatureHash.Of(PositionKind, 10 + Math.Min(statementsBefore, 3)));
        if (last < 0) return;
        var words = Tokens(u.Sentences[last].Text);
        var previous = "<q>";
        foreach (var w in words)
        {
            hashes.Add(FeatureHash.Of(QuestionWordKind, w));
            hashes.Add(FeatureHash.Of(QuestionBigramKind, previous, w));
            previous = w;
        }
        if (words.Count >= 2) hashes.Add(FeatureHash.Of(OpenerKind, words[0], words[1]));
    }

    /// <summary>Words (letters, digits, apostrophes, $ and %) and "?" as a word of its own.</summary>
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>(text.Length / 4);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var wordChar = char.IsLetterOrDigit(c) || c is '\'' or '$' or '%';
            if (wordChar && start < 0) start = i;
            if (!wordChar && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
            if (c == '?') tokens.Add("?");
        }
        return tokens;
    }
}

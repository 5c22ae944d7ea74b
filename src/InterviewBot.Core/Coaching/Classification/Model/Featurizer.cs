using System.Buffers;
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
        AddWords(hashes, text, words);
        AddCharGrams(hashes, text, words);
        AddBits(hashes, RuleKind, (uint)input.Rules.Labels);
        AddBits(hashes, TagKind, (uint)input.Rules.Tags);
        AddShape(hashes, input.Utterance, words.Count);
        AddQuestion(hashes, input.Utterance);
        if (input.Context is { } context)
        {
            var contextText = context.Text.ToLowerInvariant();
            var contextWords = Tokens(contextText);
            for (var i = Math.Max(0, contextWords.Count - ContextWords); i < contextWords.Count; i++)
                hashes.Add(FeatureHash.Of(ContextWordKind, contextWords.Of(contextText, i)));
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

    private static void AddWords(List<uint> hashes, string text, TokenList words)
    {
        ReadOnlySpan<char> previous = "<s>";
        for (var i = 0; i < words.Count; i++)
        {
            var w = words.Of(text, i);
            hashes.Add(FeatureHash.Of(WordKind, w));
            hashes.Add(FeatureHash.Of(BigramKind, previous, w));
            previous = w;
        }
        hashes.Add(FeatureHash.Of(BigramKind, previous, "</s>"));
    }

    /// <summary>Character n-grams of the words joined by single spaces, with a space at each end.</summary>
    private static void AddCharGrams(List<uint> hashes, string text, TokenList words)
    {
        var length = 1;
        for (var i = 0; i < words.Count; i++) length += words.Length(i) + 1;
        var rented = length > 512 ? ArrayPool<char>.Shared.Rent(length) : null;
        var joined = rented is null ? stackalloc char[length] : rented.AsSpan(0, length);
        joined[0] = ' ';
        var at = 1;
        for (var i = 0; i < words.Count; i++)
        {
            words.Of(text, i).CopyTo(joined[at..]);
            at += words.Length(i);
            joined[at++] = ' ';
        }
        for (var n = 3; n <= 5; n++)
            for (var i = 0; i + n <= joined.Length; i++)
                hashes.Add(FeatureHash.Of(CharKind + ((uint)n << 8), joined.Slice(i, n)));
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
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
        var question = u.Sentences[last].Text;
        var words = Tokens(question);
        ReadOnlySpan<char> previous = "<q>";
        for (var i = 0; i < words.Count; i++)
        {
            var w = words.Of(question, i);
            hashes.Add(FeatureHash.Of(QuestionWordKind, w));
            hashes.Add(FeatureHash.Of(QuestionBigramKind, previous, w));
            previous = w;
        }
        if (words.Count >= 2) hashes.Add(FeatureHash.Of(OpenerKind, words.Of(question, 0), words.Of(question, 1)));
    }

    /// <summary>Words (letters, digits, apostrophes, $ and %) and "?" as a word of its own, as places in the text.</summary>
    private static TokenList Tokens(string text)
    {
        var tokens = new TokenList(text.Length / 4);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var wordChar = char.IsLetterOrDigit(c) || c is '\'' or '$' or '%';
            if (wordChar && start < 0) start = i;
            if (!wordChar && start >= 0)
            {
                tokens.Add(start, i - start);
                start = -1;
            }
            // The "?" word is the question mark itself: the same characters, so the same hash.
            if (c == '?') tokens.Add(i, 1);
        }
        return tokens;
    }

    /// <summary>Tokens as (start, length) pairs into their text: no string per word.</summary>
    private sealed class TokenList(int capacity)
    {
        private readonly List<(int Start, int Length)> _spans = new(capacity);

        public int Count => _spans.Count;

        public void Add(int start, int length) => _spans.Add((start, length));

        public int Length(int i) => _spans[i].Length;

        public ReadOnlySpan<char> Of(string text, int i) => text.AsSpan(_spans[i].Start, _spans[i].Length);
    }
}

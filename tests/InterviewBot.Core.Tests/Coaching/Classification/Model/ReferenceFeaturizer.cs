using System.Numerics;
using InterviewBot.Core.Coaching.Classification;
using InterviewBot.Core.Coaching.Classification.Model;
using InterviewBot.Core.Coaching.Normalisation;

namespace InterviewBot.Core.Tests.Coaching.Classification.Model;

/// <summary>
/// The featurizer written the plain way (a string per word, joined text, LINQ): what <see cref="Featurizer"/> computes,
/// kept so its allocation-free version can be checked hash for hash against it on the corpus.
/// </summary>
internal static class ReferenceFeaturizer
{
    private const uint WordKind = 1, BigramKind = 2, CharKind = 3, RuleKind = 4, TagKind = 5, ShapeKind = 6,
        FirstFormKind = 7, ContextWordKind = 8, ContextRuleKind = 9, LastFormKind = 10,
        QuestionWordKind = 11, QuestionBigramKind = 12, OpenerKind = 13, PositionKind = 14;

    public static FeatureVector Featurize(FeatureInput input)
    {
        var hashes = new List<uint>();
        var words = Tokens(input.Utterance.Text.ToLowerInvariant());
        var previous = "<s>";
        foreach (var w in words)
        {
            hashes.Add(FeatureHash.Of(WordKind, w));
            hashes.Add(FeatureHash.Of(BigramKind, previous, w));
            previous = w;
        }
        hashes.Add(FeatureHash.Of(BigramKind, previous, "</s>"));
        var joined = " " + string.Join(' ', words) + " ";
        for (var n = 3; n <= 5; n++)
            for (var i = 0; i + n <= joined.Length; i++)
                hashes.Add(FeatureHash.Of(CharKind + ((uint)n << 8), joined.AsSpan(i, n)));
        hashes.AddRange(Bits(RuleKind, (uint)input.Rules.Labels));
        hashes.AddRange(Bits(TagKind, (uint)input.Rules.Tags));
        hashes.AddRange(Shape(input.Utterance, words.Count));
        hashes.AddRange(Question(input.Utterance));
        if (input.Context is { } context)
        {
            hashes.AddRange(Tokens(context.Text.ToLowerInvariant()).TakeLast(30).Select(w => FeatureHash.Of(ContextWordKind, w)));
            hashes.AddRange(Bits(ContextRuleKind, (uint)input.ContextRules.Labels));
        }
        var value = hashes.Count == 0 ? 0f : 1f / MathF.Sqrt(hashes.Count);
        return new FeatureVector([.. hashes.Select(h => (int)(h & (Featurizer.Buckets - 1)))], [.. hashes.Select(_ => value)]);
    }

    private static IEnumerable<uint> Bits(uint kind, uint bits) =>
        Enumerable.Range(0, 32).Where(b => (bits & (1u << b)) != 0).Select(b => FeatureHash.Of(kind, b));

    private static IEnumerable<uint> Shape(NormalisedUtterance u, int wordCount)
    {
        yield return FeatureHash.Of(ShapeKind, 100 + Math.Min(u.QuestionSentences, 3));
        yield return FeatureHash.Of(ShapeKind, 200 + Math.Min(u.DistinctQuestions, 3));
        yield return FeatureHash.Of(ShapeKind, 300 + Math.Min(u.Sentences.Count, 4));
        yield return FeatureHash.Of(ShapeKind, 400 + (wordCount == 0 ? 0 : BitOperations.Log2((uint)wordCount) + 1));
        if (u.IsReformulated) yield return FeatureHash.Of(ShapeKind, 500);
        if (u.Sentences.Count == 0) yield break;
        yield return FeatureHash.Of(FirstFormKind, (int)ClauseSplitter.FormOf(u.Sentences[0].Text.TrimEnd('?', '.', '!')));
        yield return FeatureHash.Of(LastFormKind, (int)ClauseSplitter.FormOf(u.Sentences[^1].Text.TrimEnd('?', '.', '!')));
    }

    private static IEnumerable<uint> Question(NormalisedUtterance u)
    {
        var last = u.Sentences.Select((s, i) => s.IsQuestion ? i : -1).DefaultIfEmpty(-1).Max();
        var before = u.Sentences.TakeWhile(s => !s.IsQuestion).Count();
        yield return FeatureHash.Of(PositionKind, last < 0 ? 0 : last == u.Sentences.Count - 1 ? 1 : 2);
        yield return FeatureHash.Of(PositionKind, 10 + Math.Min(last < 0 ? u.Sentences.Count : before, 3));
        if (last < 0) yield break;
        var words = Tokens(u.Sentences[last].Text);
        var previous = "<q>";
        foreach (var w in words)
        {
            yield return FeatureHash.Of(QuestionWordKind, w);
            yield return FeatureHash.Of(QuestionBigramKind, previous, w);
            previous = w;
        }
        if (words.Count >= 2) yield return FeatureHash.Of(OpenerKind, words[0], words[1]);
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c) || c is '\'' or '$' or '%')
            {
                word.Append(c);
                continue;
            }
            if (word.Length > 0) tokens.Add(word.ToString());
            word.Clear();
            if (c == '?') tokens.Add("?");
        }
        return tokens;
    }
}

using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace InterviewBot.Core.Coaching.Normalisation;

/// <summary>
/// Counts the different questions a turn asks. Speakers often ask one question several ways ("What would you do?
/// Would you stay on this page? What would you do next?"): a question sentence that shares more than half of its (or
/// the earlier one's) content words, or the same modal and person ("would you"), with an earlier one is the same
/// question asked again, not a second part.
/// </summary>
internal static partial class ReformulationDetector
{
    /// <summary>Words that carry no topic: sharing them does not make two questions the same.</summary>
    private static readonly FrozenSet<string> s_stopwords = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "and", "or", "but", "so", "you", "your", "we", "our", "they", "their", "it", "its", "it's", "is", "are", "was",
        "were", "be", "been", "do", "does", "did", "what", "what's", "how", "why", "when", "where", "who", "which", "that", "this", "there",
        "to", "of", "in", "on", "for", "with", "at", "about", "from", "have", "has", "had", "can", "could", "would", "will", "should", "any",
        "anything", "else", "me", "my", "i", "if", "then", "just", "like", "kind", "sort", "really", "think", "okay", "ok", "yeah", "right",
        "tell", "say", "more", "some", "something", "thing", "things", "one", "get", "got", "go", "now", "also", "very", "much", "many",
        "know", "mean", "well", "maybe", "those", "these", "them", "him", "her", "he", "she", "not", "no", "yes", "all", "as", "by", "up",
    ], StringComparer.Ordinal);

    private const int StemLength = 5;

    public static int DistinctQuestions(IReadOnlyList<SpokenSentence> sentences)
    {
        var distinct = new List<Signature>();
        foreach (var s in sentences)
        {
            if (!s.IsQuestion) continue;
            var signature = SignatureOf(s.Text);
            if (!distinct.Exists(d => d.SameQuestionAs(signature))) distinct.Add(signature);
            else distinct.Add(signature with { Reformulation = true });
        }
        return distinct.Count(d => !d.Reformulation);
    }

    private static Signature SignatureOf(string sentence)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match w in Words().Matches(sentence))
        {
            var word = w.Value;
            if (word.Length < 3 || s_stopwords.Contains(word)) continue;
            stems.Add(word.Length > StemLength ? word[..StemLength] : word);
        }
        var modal = ModalPerson().Match(sentence);
        return new Signature(stems, modal.Success ? modal.Value : null, false);
    }

    private sealed record Signature(HashSet<string> Stems, string? ModalPerson, bool Reformulation)
    {
        // One shared word is not enough: "how did analysing clusters change your analysis? and did you find the
        // clustering useful?" shares "cluster" and still asks two things. Asked again, most of the topic comes back.
        public bool SameQuestionAs(Signature other) =>
            (ModalPerson is not null && ModalPerson == other.ModalPerson) || SharesMostStems(other);

        private bool SharesMostStems(Signature other)
        {
            var shared = Stems.Count(other.Stems.Contains);
            return shared > 0 && 2 * shared > Math.Min(Stems.Count, other.Stems.Count);
        }
    }

    [GeneratedRegex(@"[a-z][a-z']*")]
    private static partial Regex Words();

    /// <summary>The hypothetical frame a reformulation repeats: "would you", "could they", "will it".</summary>
    [GeneratedRegex(@"\b(?:would|could|might|will|should)\s+(?:you|they|it|people|someone)\b")]
    private static partial Regex ModalPerson();
}

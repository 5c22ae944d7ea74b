using System.Collections.Frozen;
using System.Text.RegularExpressions;
using InterviewBot.Core.Coaching.Labels;

namespace InterviewBot.Core.Coaching.Classification;

/// <summary>
/// Decides whether an interviewer's question probes what the interviewee just said. It reads the
/// previous utterance: a magnitude question after a vague size, an instance question after a habit or
/// praise, or a question that points back at the story ("that", "afterwards", a word they used).
/// </summary>
public static partial class FollowUpDetector
{
    private static readonly FrozenSet<string> s_stopWords = new[]
    {
        "that", "this", "they", "them", "then", "there", "their", "what", "when", "where", "which", "with", "would",
        "could", "should", "have", "were", "your", "about", "just", "really", "like", "know", "think", "thing",
        "things", "been", "from", "into", "some", "time", "times", "much", "many", "more", "most", "also", "very",
        "because", "actually", "honestly", "still", "even", "tell", "said", "does", "doing", "done", "make", "made",
        "want", "going", "gonna", "kind", "sort", "pretty", "well", "right", "yeah", "okay", "sure", "maybe",
        "probably", "people", "every", "over", "after", "before", "than", "only", "other", "here", "these", "those",
        "will", "it's", "that's", "i'm", "we're", "don't", "didn't", "you're", "they're", "work", "working", "good",
        "great", "first", "last", "year", "week", "month", "today", "back", "said", "feel", "felt", "used", "using",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsFollowUp(UtteranceText question, string? context, UtteranceLabels contextLabels)
    {
        if (string.IsNullOrWhiteSpace(context)) return false;
        var q = question.Normalized;
        if (TopicShift().IsMatch(q)) return false;

        if ((contextLabels & UtteranceLabels.VagueQuantity) != 0 && Magnitude().IsMatch(q)) return true;
        if (Comparative().IsMatch(context.ToLowerInvariant()) && Magnitude().IsMatch(q)) return true;
        if ((contextLabels & (UtteranceLabels.Generalization | UtteranceLabels.VaguePraise)) != 0 && Instance().IsMatch(q)) return true;
        if (PointsBack().IsMatch(q)) return true;
        return SharesAWord(q, context);
    }

    /// <summary>True when the question asks how much, how many or how long.</summary>
    public static bool AsksMagnitude(string normalized) => Magnitude().IsMatch(normalized);

    private static bool SharesAWord(string question, string context)
    {
        var contextWords = new HashSet<string>(Words(context.ToLowerInvariant()), StringComparer.Ordinal);
        foreach (var w in Words(question))
            if (contextWords.Contains(w)) return true;
        return false;
    }

    private static IEnumerable<string> Words(string text)
    {
        foreach (Match m in Word().Matches(text))
        {
            var w = m.Value;
            if (w.Length < 4 || s_stopWords.Contains(w)) continue;
            yield return Stem(w);
        }
    }

    // Crude, deliberately: "reminders" and "reminder" or "scanned" and "scan" should meet.
    private static string Stem(string w) =>
        w.EndsWith("ies", StringComparison.Ordinal) ? w[..^3] + "y"
        : w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5 ? w[..^3]
        : w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4 ? w[..^2]
        : w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1]
        : w;

    [GeneratedRegex(@"[a-z][a-z'\-]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\b(?:switching gears|switch gears|let's (?:talk|move|switch|go)|changing (?:topics|gears)|different topic|on another note|moving on|other tools|what else|who else|how did you (?:hear|find out) about|how did you (?:come across|find) us|anything else)\b")]
    private static partial Regex TopicShift();

    [GeneratedRegex(@"\b(?:how (?:much|many|long|big|often|fast|far)|roughly|ballpark|from what to what|(?:what|where) was (?:it|that|the \w+(?: \w+)?) before|(?:dollar )?(?:figure|number) on (?:that|it)|what did (?:that|it) (?:save|cost)|how much (?:faster|quicker|more|less|better|time|money))\b")]
    private static partial Regex Magnitude();

    [GeneratedRegex(@"\b(?:faster|quicker|slower|more|less|fewer|better|worse|cheaper|easier|a lot|a ton|way)\b")]
    private static partial Regex Comparative();

    [GeneratedRegex(@"\b(?:last time|last one|the last \w+|one of (?:those|them)|an example|specifically|a specific|when did (?:that|it|you) last|when did you last|what (?:do|does|did) (?:they|you|he|she) (?:love|like|hate)|what part)\b")]
    private static partial Regex Instance();

    [GeneratedRegex(@"\b(?:that|those|afterwards|after that|next|what (?:actually |really )?happened|end up|ended up|from there|at that point|in that moment|that day|that morning|that night|that time|the last one)\b")]
    private static partial Regex PointsBack();
}

using System.Text.RegularExpressions;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.PostCall.Snapshot.Facts;

namespace InterviewBot.Core.PostCall.Snapshot;

/// <summary>
/// How specific a sentence is: a story, a named thing, a number, a strong feeling and a judgement beat generic talk;
/// very short, unfinished and rambling sentences lose. The same score ranks every section.
/// </summary>
public static partial class Specificity
{
    public static int Score(SentenceFacts s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var score = 0;
        if (SentenceCues.IsStory(s)) score += 3;
        score += Math.Min(2, s.Names.Count) * 2;
        if (s.Numbers.Count > 0) score += 2;
        if (SentenceCues.IsFeeling(s)) score += 2;
        if (SentenceCues.IsPain(s) || SentenceCues.IsNeed(s)) score += 2;
        if (SentenceCues.IsInsight(s)) score += 2;
        if (s.Asked != Prompt.None) score += 1; // an answer to what the interviewer came to learn
        if (SentenceCues.IsFragment(s)) score -= 3;
        if (s.Words is >= 10 and <= 35) score += 1;
        if (s.Words < 6 && (s.Labels & UtteranceLabels.Emotion) == 0) score -= 3; // "It was a relief." is short and strong, not filler
        if (s.Words > 50) score -= 2;
        if (SentenceCues.IsGeneric(s)) score -= 4;
        if (Hedge().IsMatch(s.Sentence.Text)) score -= 1;
        if (s.Sentence.Text.Contains("XXX", StringComparison.Ordinal)) score -= 3; // anonymised in the source: unreadable
        return score;
    }

    [GeneratedRegex(@"\b(?:I don't know|not sure|I guess|I suppose|maybe|I forgot|I can't remember|I'm trying to (?:think|remember))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();
}

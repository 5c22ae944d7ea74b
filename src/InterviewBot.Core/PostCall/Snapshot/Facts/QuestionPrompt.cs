using System.Text.RegularExpressions;

namespace InterviewBot.Core.PostCall.Snapshot.Facts;

/// <summary>What the interviewer's last question asked for; an answer to "what's hard about it?" is a pain even in plain words.</summary>
[Flags]
public enum Prompt
{
    /// <summary>No question, or one that asks for nothing in particular.</summary>
    None = 0,

    /// <summary>Asked about problems: pain points, weaknesses, what is hard, what bugs them.</summary>
    Pain = 1,

    /// <summary>Asked about wishes: improvements, what they would want or change.</summary>
    Need = 2,

    /// <summary>Asked for a view: what they think, liked, found useful, learnt, would tell others.</summary>
    Opinion = 4,
}

/// <summary>Reads which of <see cref="Prompt"/> an interviewer's question asks for, from plain cue words.</summary>
public static partial class QuestionPrompt
{
    /// <summary>The prompt of <paramref name="question"/>: pain and need together when it asks for both ("limitations, and any improvements?"); a view only when it asks for neither.</summary>
    public static Prompt Read(string? question)
    {
        if (string.IsNullOrWhiteSpace(question) || !question.Contains('?', StringComparison.Ordinal)) return Prompt.None;
        var prompt = (AsksPain().IsMatch(question) ? Prompt.Pain : Prompt.None) | (AsksNeed().IsMatch(question) ? Prompt.Need : Prompt.None);
        return prompt != Prompt.None ? prompt : AsksOpinion().IsMatch(question) ? Prompt.Opinion : Prompt.None;
    }

    [GeneratedRegex(@"\b(?:pain points?|difficult\w*|hard(?:est)?|challeng\w*|problems?|issues?|weakness\w*|limitations?|frustrat\w*|struggl\w*|gotchas?|bugging|bother\w*|worst|unable|not able|couldn't|wrong|go(?:es)? wrong|annoy\w*|complain\w*|downsides?|drawbacks?|concerns?|worr\w+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksPain();

    [GeneratedRegex(@"\b(?:improve\w*|capabilit\w+|would you (?:want|like|change|add)|wish|missing|magic wand|if you could|what would (?:make|help)|need(?:s|ed)?|features?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksNeed();

    [GeneratedRegex(@"\b(?:what do you think|what did you think|how do you feel|how did you feel|your (?:thoughts|take|view|opinion)|what(?:'s| is| was) (?:the )?(?:most|biggest|main|key)|useful|helpful|like about|learn(?:ed|t)?|advice|takeaways?|lessons?|why (?:is|do|did|does)|what makes|important|matter)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksOpinion();
}

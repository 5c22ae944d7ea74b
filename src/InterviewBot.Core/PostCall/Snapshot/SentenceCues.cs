using System.Text.RegularExpressions;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.PostCall.Snapshot.Cues;
using InterviewBot.Core.PostCall.Snapshot.Facts;

namespace InterviewBot.Core.PostCall.Snapshot;

/// <summary>
/// Why a sentence belongs in a section, read from its labels and, where real speech is looser than the
/// classifier's training, from plain cue words: a pain, a need or wish, a strong feeling, a story, another way.
/// </summary>
public static partial class SentenceCues
{
    public static bool IsPain(SentenceFacts s) =>
        ((s.Labels & UtteranceLabels.Complaint) != 0 || PainCues.IsSaid(s.Sentence.Text) || Answers(s, Prompt.Pain))
        && !PainCues.IsDenied(s.Sentence.Text);

    public static bool IsNeed(SentenceFacts s) =>
        (s.Labels & UtteranceLabels.FeatureRequest) != 0 || NeedCues.IsSaid(s.Sentence.Text) || Answers(s, Prompt.Need);

    /// <summary>A view or lesson: what matters, what worked, what they learnt, said as a judgement ("the bottleneck is…", "the highlighting is the most useful part").</summary>
    public static bool IsInsight(SentenceFacts s) => Insight().IsMatch(s.Sentence.Text) || IsLesson(s) || Answers(s, Prompt.Opinion);

    /// <summary>A lesson or advice in plain words ("what I learned", "I tell every young person…", "don't give up"): Key insights lead with these.</summary>
    public static bool IsLesson(SentenceFacts s) => PlainCues.IsLesson(s.Sentence.Text) && !IsFragment(s);

    /// <summary>A habit ("I always…", "I keep a copy of every…"): quoted with the alternatives, as the way they do it now.</summary>
    public static bool IsPractice(SentenceFacts s) => PlainCues.IsPractice(s.Sentence.Text) && !IsFragment(s);

    /// <summary>An unfinished or empty sentence ("Or if there'd be a way to kind of like."): readable as a quote only by guessing.</summary>
    public static bool IsFragment(SentenceFacts s) => Dangling().IsMatch(s.Sentence.Text);

    /// <summary>Where in the sentence its reason for a section is said: the cue a quote cut from a long sentence keeps.</summary>
    public static TermSpan? PainAt(SentenceFacts s) => PainCues.At(s.Sentence.Text);

    /// <summary>Where the wish is said.</summary>
    public static TermSpan? NeedAt(SentenceFacts s) => NeedCues.At(s.Sentence.Text);

    /// <summary>Where the judgement is said.</summary>
    public static TermSpan? InsightAt(SentenceFacts s) => At(Insight(), s);

    // An answer to a question that asked for this, in a sentence long enough to say something, not generic talk, and
    // not a promise ("I'll ask Dana to block Thursday"): that is the next step, whatever the question was.
    private static bool Answers(SentenceFacts s, Prompt prompt) => (s.Asked & prompt) != 0 && s.Words >= 7 && !IsGeneric(s) && !IsFragment(s) && !IsCommitment(s);

    private static TermSpan? At(Regex cue, SentenceFacts s) => cue.Match(s.Sentence.Text) is { Success: true } m ? new TermSpan(m.Value, m.Index, m.Length) : null;

    public static bool IsFeeling(SentenceFacts s) => (s.Labels & UtteranceLabels.Emotion) != 0 || FeelingCues.IsSaid(s.Sentence.Text);

    public static bool IsStory(SentenceFacts s) => (s.Labels & UtteranceLabels.Story) != 0 || Story().IsMatch(s.Sentence.Text);

    public static bool IsAlternative(SentenceFacts s) =>
        (s.Labels & UtteranceLabels.AlternativeMention) != 0 || s.Names.Count > 0 && Alternative().IsMatch(s.Sentence.Text);

    public static bool IsCommitment(SentenceFacts s) => (s.Labels & UtteranceLabels.Commitment) != 0;

    /// <summary>Generic talk that says nothing specific: praise, hedges, agreement.</summary>
    public static bool IsGeneric(SentenceFacts s) => (s.Labels & UtteranceLabels.VaguePraise) != 0 || Generic().IsMatch(s.Sentence.Text);

    [GeneratedRegex(@"\b(?:the (?:main|biggest|key|real|only|whole|most important|hardest|best|big|important) (?:thing|issue|problem|part|point|bottleneck|reason|way|difference|value|benefit|challenge|question|lesson)|most (?:useful|helpful|valuable|important|interesting)|(?:is|was|are|were) (?:so |really |quite |very |pretty |super |definitely |also )?(?:useful|helpful|valuable|the key|key|crucial|essential|important|beneficial|neat|powerful)|the key\b|bottleneck|better off|it turns out|turns out|the fact (?:of the matter )?is|the point (?:is|was)|the thing is|(?:what|something) I(?:'ve)? learn(?:ed|t)|I (?:realized|learned|learnt)|that's why|the reason (?:is|why|was)|makes? (?:you|it|them|things) (?:smarter|easier|harder|better|simpler|faster)|(?:a|the) natural part|the only way|it's all about|more beneficial|(?:easy|easier|hard|harder) to (?:learn|use|understand|teach|read|see)|(?:don't|do not|can't) (?:really )?trust|\btrust(?:worthy)?\b|helped|I (?:really )?lik(?:e|ed) (?:the|that|how|being)|I (?:love|loved) (?:the|that|how)|matters?\b|in the end|at the end of the day|the whole point)", RegexOptions.IgnoreCase)]
    private static partial Regex Insight();

    [GeneratedRegex(@"(?:\b(?:like|kind of|sort of|so|or|and|but|the|a|an|just|of|to|with|that|if|because|um|uh|than|is|was|for|any)|,)\s*[.?!\u2026]*\s*$|^(?:or|and|but|so)\b[^,]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex Dangling();

    [GeneratedRegex(@"\b(?:when I (?:was|first|went|came|moved|started|saw|tried)|last (?:time|week|month|year|quarter)|one time|at one point|ago\b|yesterday|I remember|the first time|back then|at first|at the beginning|in the end|I found|I noticed|I realized|I ended up|I had to|we had to)", RegexOptions.IgnoreCase)]
    private static partial Regex Story();

    [GeneratedRegex(@"\b(?:instead(?: of)?|alternative|rather than|we (?:just |typically |usually |mostly |primarily )?(?:use|used|do|look at|go)|I (?:just |usually |typically |mostly )?(?:use|used|look at)|workaround|the way we|our approach|go-to|by hand|switch(?:ed)? to|compared to|versus)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Alternative();

    [GeneratedRegex(@"^(?:(?:it|that|this)(?:'s| is| was) (?:(?:really|very|pretty|super|quite) )?(?:good|great|cool|nice|fine|useful|helpful|interesting|awesome|fair|true)\b|I (?:don't|do not) (?:know|think so|remember)|I'm not (?:sure|too sure)|(?:no,? )?not that I can think of|nothing (?:else )?comes to mind|that makes sense|I think I've said|I think that's (?:it|all))", RegexOptions.IgnoreCase)]
    private static partial Regex Generic();
}

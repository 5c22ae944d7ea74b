using System.Text.RegularExpressions;
using InterviewBot.Core.PostCall.Snapshot.Facts;

namespace InterviewBot.Core.PostCall.Snapshot;

/// <summary>
/// The plain words people use in real interviews for what the classifier was not trained on: a lesson or advice
/// ("what I learned", "I tell every young person", "don't give up"), a habit ("I always", "I keep a copy"),
/// a pain ("the hardest part", "it sucks", "no clue"), a need ("I need", "I was wishing") and a feeling with its cause
/// ("it was stressful because…").
/// </summary>
public static partial class PlainCues
{
    /// <summary>A lesson, a realisation or advice to others: what someone learnt from the experience.</summary>
    public static bool IsLesson(string text) => Lesson().IsMatch(text ?? "");

    /// <summary>A habit or routine: what they always or usually do, or how they go about it.</summary>
    public static bool IsPractice(string text) => Practice().IsMatch(text ?? "");

    /// <summary>A pain said in plain words.</summary>
    public static bool IsPain(string text) => Pain().IsMatch(text ?? "");

    /// <summary>A need or wish said in plain words.</summary>
    public static bool IsNeed(string text) => Need().IsMatch(text ?? "");

    /// <summary>A feeling word in plain speech that the shared feeling cue lacks ("tedious", "tired of", "peace of mind").</summary>
    public static bool IsFeeling(string text) => Feeling().IsMatch(text ?? "");

    /// <summary>
    /// A feeling paired with its cause in the same words ("I was frustrated with the process, because…"): it says
    /// what the feeling is about, so it is a fact about the interviewee even without a name or a number.
    /// </summary>
    public static bool PairsFeelingWithCause(string text) =>
        (Feeling().IsMatch(text ?? "") || FeelingWord().IsMatch(text ?? "")) && Cause().IsMatch(text ?? "");

    /// <summary>Where the lesson is said: the words a quote cut from a long sentence keeps.</summary>
    public static TermSpan? LessonAt(SentenceFacts s) => At(Lesson(), s);

    /// <summary>Where the habit is said.</summary>
    public static TermSpan? PracticeAt(SentenceFacts s) => At(Practice(), s);

    /// <summary>
    /// A place or a team mentioned without its name ("the city I live in", "our team"): as a self-description it says
    /// nothing a reader can use, so it is not shown under the header.
    /// </summary>
    public static bool IsUnnamedPlaceOrTeam(string text) => UnnamedPlace().IsMatch(text ?? "");

    private static TermSpan? At(Regex cue, SentenceFacts s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return cue.Match(s.Sentence.Text) is { Success: true } m ? new TermSpan(m.Value, m.Index, m.Length) : null;
    }

    [GeneratedRegex(@"\b(?:what I(?:'ve)? learn(?:ed|t)|I(?:'ve)? learn(?:ed|t)|the lesson|I (?:wish|wished) I (?:would have|had|'d) known|I didn't (?:even )?know (?:I could|about|that)|I never knew|(?:don't|do not|never) give up|my advice|I would (?:say|suggest|tell)|I(?:'d| would)? (?:always )?tell (?:every|people|them|anybody|anyone|everyone)|I (?:would )?suggest|the best thing(?: to do)?|the easiest way|make sure (?:that )?(?:they|you)|should be thankful|outweigh\w*|(?:get|got) it right the first time|spinning our wheels|the ball was dropped|perfect storm|it changes|(?:way|totally|so|very) different (?:now|back then|today)|is not what you do now|(?:at the time|back then),? I didn't understand|today I understand)", RegexOptions.IgnoreCase)]
    private static partial Regex Lesson();

    [GeneratedRegex(@"\b(?:(?:I|we) (?:always|usually|normally|typically|generally|tend to|automatically|regularly|often|try (?:to|and) see)|every time I|whenever I|I(?:'ve| have) been (?:keeping|looking up)|I (?:was )?keeping documentation|I have a copy of|I had a file|I (?:just )?went online and|I did everything on my|I (?:just )?did the paperwork|(?:made|make) paper copies|I (?:go|went) (?:through|back through) my|first order of business|I (?:will|'ll) (?:go over|look at)|I look at the)", RegexOptions.IgnoreCase)]
    private static partial Regex Practice();

    [GeneratedRegex(@"\b(?:the (?:hardest|worst|toughest|most frustrating) (?:part|thing|one)|it sucks|sucks\b|tedious|complicated|repetitive|denied|ignored|no idea|no clue|literally nothing|nothing goes|screwed|tired of|in limbo|out of pocket|live with (?:the )?pain|still pending|not up-to-date|disappoint\w*|pure hell|(?:don't|didn't) (?:even )?understand|(?:don't|didn't) know how|gotten rid of|turned around and said no|stressful|nobody (?:told|explained)|never (?:got|heard) (?:a|back)|have no (?:way|idea))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pain();

    [GeneratedRegex(@"\b(?:I need|we need|I really need|I was (?:just )?wishing|wish(?:ing)? (?:they|you|someone|somebody)(?:'d| would)|I (?:was )?(?:really )?looking for|I'd rather|if (?:they|you|someone) (?:would|could) just|I would have (?:liked|loved|wanted))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Need();

    [GeneratedRegex(@"\b(?:tedious|tired of|fed up|worn out|peace of mind|my sanity|disappointed|thankful|grateful|enjoy(?:ed)?|pure hell|it sucks|stressful|nervous|embarrass\w*|hopeless|gave up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Feeling();

    [GeneratedRegex(@"\b(?:love|loved|hate|hated|frustrat\w*|annoy\w*|excited|scared|afraid|worried|surprised|relieved|angry|upset|sad|happy|thrilled|stress\w*|overwhelm\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FeelingWord();

    [GeneratedRegex(@"\b(?:because|since|cause|so that|that's why|as a result|due to|after|when)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cause();

    [GeneratedRegex(@"\b(?:(?:in|on|of|for|with) (?:our|my|the) (?:team|company|group|department|organi[sz]ation|office|unit)|(?:the|a|my|our) (?:city|town|area|place|county|state) (?:I|we) (?:live|work|am|was)|residents of the)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedPlace();
}

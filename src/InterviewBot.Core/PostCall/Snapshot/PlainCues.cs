using System.Text.RegularExpressions;
using InterviewBot.Core.PostCall.Snapshot.Facts;

namespace InterviewBot.Core.PostCall.Snapshot;

/// <summary>
/// The plain words people use in real interviews for what the classifier was not trained on: a lesson or advice
/// ("what I learned", "I tell every young person", "don't give up") and a habit ("I always", "I keep a copy").
/// The plain words for pains, needs and feelings are in those classes' own lists (<see cref="Cues.PainCues"/>,
/// <see cref="Cues.NeedCues"/>, <see cref="Cues.FeelingCues"/>), so each cue word lives in one place.
/// </summary>
public static partial class PlainCues
{
    /// <summary>A lesson, a realisation or advice to others: what someone learnt from the experience.</summary>
    public static bool IsLesson(string text) => Lesson().IsMatch(text ?? "");

    /// <summary>A habit or routine: what they always or usually do, or how they go about it.</summary>
    public static bool IsPractice(string text) => Practice().IsMatch(text ?? "");

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

    [GeneratedRegex(@"\b(?:(?:in|on|of|for|with) (?:our|my|the) (?:team|company|group|department|organi[sz]ation|office|unit)|(?:the|a|my|our) (?:city|town|area|place|county|state) (?:I|we) (?:live|work|am|was)|residents of the)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedPlace();
}

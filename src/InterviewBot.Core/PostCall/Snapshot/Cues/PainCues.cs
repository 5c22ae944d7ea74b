using System.Text.RegularExpressions;
using InterviewBot.Core.PostCall.Snapshot.Facts;

namespace InterviewBot.Core.PostCall.Snapshot.Cues;

/// <summary>
/// The one list of words that say a pain, and of the words that deny one. The list has two parts: the words a long
/// sentence is cut around, and the plain words of real interviews that only place a sentence under Complaints.
/// </summary>
public static partial class PainCues
{
    // Cut around: "problem", "frustrating", "by hand". A quote cut from a long sentence keeps the first of these.
    private const string Marking = @"pain points?|problems?|issues?|hard to|harder|difficult|struggl\w*|frustrat\w*|annoy\w*|bother\w*|stuck|can't|cannot|couldn't|not able|unable|overwhelm\w*|confus\w*|messy|clutter\w*|too (?:many|much|small|slow|big|long|little|complicated)|slow(?:s|er)? down|tricky|dangerous|drawbacks?|limitations?|weakness\w*|missing|lack\w*|heartburn|frightening|a lot of (?:time|work|code)|by hand|manually|copy pasting|waste\w*|painful|nightmare|hate|worst|broken|fail\w*|crash\w*|wrong|distrust|don't trust|never work";

    // Plain words ("it sucks", "no clue", "the hardest part"), added for recall on real speech (issue 23). They were
    // tuned as a reason for the section only, so they do not move where a long sentence is cut.
    private const string Plain = @"the (?:hardest|worst|toughest|most frustrating) (?:part|thing|one)|it sucks|sucks\b|tedious|complicated|repetitive|denied|ignored|no idea|no clue|literally nothing|nothing goes|screwed|tired of|in limbo|out of pocket|live with (?:the )?pain|still pending|not up-to-date|disappoint\w*|pure hell|(?:don't|didn't) (?:even )?understand|(?:don't|didn't) know how|gotten rid of|turned around and said no|stressful|nobody (?:told|explained)|never (?:got|heard) (?:a|back)|have no (?:way|idea)";

    /// <summary>True when <paramref name="text"/> says a pain in any of the listed words.</summary>
    public static bool IsSaid(string text) => Any().IsMatch(text ?? "");

    /// <summary>True when <paramref name="text"/> denies a pain ("there wasn't any tasks I was unable to perform").</summary>
    public static bool IsDenied(string text) => Denied().IsMatch(text ?? "");

    /// <summary>Where the pain is said, for cutting a long sentence: the first marking word, or null when only plain words say it.</summary>
    public static TermSpan? At(string text) => Marked().Match(text ?? "") is { Success: true } m ? new TermSpan(m.Value, m.Index, m.Length) : null;

    [GeneratedRegex(@"\b(?:" + Marking + "|" + Plain + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Any();

    [GeneratedRegex(@"\b(?:" + Marking + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Marked();

    // "There wasn't any tasks I was unable to perform", "I don't think there's really any issues": a pain denied.
    [GeneratedRegex(@"(?:\bno\b|\bnot\b|n't\b|\bnever\b|\bnothing\b)(?:\s+[\w']+){0,4}\s+(?:any\s+)?(?:issues?|problems?|pain points?|tasks?|unable|difficult|struggle|limitations?|weakness\w*)\b|^(?:\w+,?\s+)?(?:but )?of course like going on to pain points|\bgoing on to pain points", RegexOptions.IgnoreCase)]
    private static partial Regex Denied();
}

using System.Text.RegularExpressions;
using InterviewBot.Core.PostCall.Snapshot.Facts;

namespace InterviewBot.Core.PostCall.Snapshot.Cues;

/// <summary>
/// The one list of words that say a need or wish. Like <see cref="PainCues"/> it has two parts: the words a long
/// sentence is cut around, and the plain words of real interviews that only place a sentence under Opportunities.
/// </summary>
public static partial class NeedCues
{
    // Cut around: "it would be nice", "I wish", "be able to".
    private const string Marking = @"would be (?:nice|useful|helpful|cool|great|good|perfect|powerful|really \w+)|it'd be (?:nice|useful|great)|I wish|wish (?:it|there|I|we)|I'd (?:like|love|want)|I would (?:like|love|want)|would love|want(?:ed)? to be able|I want(?:ed)? to|be able to|if there (?:was|were|is) (?:a|an|some) (?:way|option|button)|if I could|if you could|an option to|a way to|need(?:s|ed)? (?:to|a|an|some)|should (?:have|be|do)|could (?:have|be) (?:a|an|some)|would have (?:liked|loved)";

    // Plain words ("I need", "I was wishing", "I'd rather"), added for recall on real speech (issue 23); they do not
    // move where a long sentence is cut. "I would have liked" and "loved" are in the marking part already.
    private const string Plain = @"I need|we need|I really need|I was (?:just )?wishing|wish(?:ing)? (?:they|you|someone|somebody)(?:'d| would)|I (?:was )?(?:really )?looking for|I'd rather|if (?:they|you|someone) (?:would|could) just|I would have wanted";

    /// <summary>True when <paramref name="text"/> says a need or wish in any of the listed words.</summary>
    public static bool IsSaid(string text) => Any().IsMatch(text ?? "");

    /// <summary>Where the wish is said, for cutting a long sentence: the first marking word, or null when only plain words say it.</summary>
    public static TermSpan? At(string text) => Marked().Match(text ?? "") is { Success: true } m ? new TermSpan(m.Value, m.Index, m.Length) : null;

    [GeneratedRegex(@"\b(?:" + Marking + "|" + Plain + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Any();

    [GeneratedRegex(@"\b(?:" + Marking + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Marked();
}

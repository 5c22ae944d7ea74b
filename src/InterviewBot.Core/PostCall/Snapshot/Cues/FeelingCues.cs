using System.Text.RegularExpressions;

namespace InterviewBot.Core.PostCall.Snapshot.Cues;

/// <summary>
/// The one list of words that say a feeling, and of the words that give its cause ("because", "after"). A feeling
/// paired with its cause says what it is about, so Emotions quotes those first and the eval counts them as facts.
/// </summary>
public static partial class FeelingCues
{
    // Named feelings ("frustrated", "worried", "happy"): with a cause, they say what the feeling is about.
    private const string Named = @"love|loved|hate|hated|frustrat\w*|annoy\w*|excited|scared|afraid|worried|surprised|relieved|angry|upset|sad|happy|thrilled|stress\w*|overwhelm\w*";

    // Plain words of real interviews ("tedious", "tired of", "peace of mind"), added for recall (issue 23); with a cause they pair too.
    private const string Plain = @"tedious|tired of|fed up|worn out|peace of mind|my sanity|disappointed|thankful|grateful|enjoy(?:ed)?|pure hell|it sucks|stressful|nervous|embarrass\w*|hopeless|gave up";

    // Exclamations and looser words ("amazing", "crazy", "dream", "relief"): a feeling, but the pairing with a cause was
    // tuned without them (f8f3bf9), so they do not pair.
    private const string Loose = @"exciting|scary|worry|frightening|heartburn|amazing|awesome|surprising|relief|fun|cried|against it|impressive|crazy|dream";

    /// <summary>True when <paramref name="text"/> says a feeling in any of the listed words.</summary>
    public static bool IsSaid(string text) => Any().IsMatch(text ?? "");

    /// <summary>
    /// A feeling paired with its cause in the same words ("I was frustrated with the process, because…"): it says
    /// what the feeling is about, so it is a fact about the interviewee even without a name or a number.
    /// </summary>
    public static bool PairsWithCause(string text) => Pairing().IsMatch(text ?? "") && Cause().IsMatch(text ?? "");

    [GeneratedRegex(@"\b(?:" + Named + "|" + Plain + "|" + Loose + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Any();

    [GeneratedRegex(@"\b(?:" + Named + "|" + Plain + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pairing();

    [GeneratedRegex(@"\b(?:because|since|cause|so that|that's why|as a result|due to|after|when)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cause();
}

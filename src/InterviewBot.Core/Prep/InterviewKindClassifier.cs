using System.Text.RegularExpressions;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Prep;

/// <summary>
/// Picks the interview kind from the setup's goal sentence (docs/coaching.md §5): a case study wants
/// publishable results and quotes, a validation tests whether a problem or idea is worth it, and
/// anything else is discovery. Deterministic; the interviewer can always correct it.
/// </summary>
public static partial class InterviewKindClassifier
{
    public static InterviewKind Classify(string? goal)
    {
        if (string.IsNullOrWhiteSpace(goal)) return InterviewKind.Discovery;
        var text = goal.ToLowerInvariant();
        var caseStudy = CaseStudy().Count(text);
        var validation = Validation().Count(text);
        if (caseStudy == 0 && validation == 0) return InterviewKind.Discovery;
        return caseStudy >= validation ? InterviewKind.CaseStudy : InterviewKind.Validation;
    }

    [GeneratedRegex(@"\b(?:case stud(?:y|ies)|testimonials?|quotes?|quotable|success stor(?:y|ies)|customer stor(?:y|ies)|win stor(?:y|ies)|homepage|landing page|website|marketing|publish|proof|roi|results? (?:they|we|of|from|with|since)|before and after|references?|review|metrics for|numbers for|how (?:they|she|he) (?:use|used|got|saved)|what changed (?:for|since)|blog post|webinar|press)\b")]
    private static partial Regex CaseStudy();

    [GeneratedRegex(@"\b(?:worth solving|worth building|validate|validating|test (?:the|our|an|whether|if)|testing (?:the|our|whether|if)|whether|would (?:they|people|customers|teams) pay|willing(?:ness)? to pay|pay for|price point|pricing|demand|pre-?orders?|pilot|commit|sign up|is (?:this|the|it) (?:a )?(?:real|big|painful) (?:problem|pain|enough)|real problem|hypothes[ie]s|assumptions?|prioriti[sz]e|big enough|painful enough|care enough|switch(?:ing)? from)\b")]
    private static partial Regex Validation();
}

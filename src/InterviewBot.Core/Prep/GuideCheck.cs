using InterviewBot.Core.Coaching.Classification;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Prep;

/// <summary>
/// Runs every guide question through our own classifier: a coached label (leading, hypothetical,
/// generic, multi-part, pitch, or closed outside consent, wrap-up and next-step asks) is a bug in the guide.
/// </summary>
public static class GuideCheck
{
    private const UtteranceLabels Coached = UtteranceLabels.LeadingQuestion | UtteranceLabels.HypotheticalQuestion
        | UtteranceLabels.GenericQuestion | UtteranceLabels.MultiPartQuestion | UtteranceLabels.Pitch;

    private const StructureTags ClosedAllowed = StructureTags.ConsentRequest | StructureTags.WrapUp | StructureTags.NextStep;

    /// <summary>The problems found, one line each; empty when every question is one we would not nudge.</summary>
    public static IReadOnlyList<string> Problems(DiscussionGuide guide, IUtteranceClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(classifier);
        var problems = new List<string>();
        foreach (var section in guide.Sections)
        {
            foreach (var text in new[] { section.Question, section.FollowUp })
            {
                var c = classifier.Classify(text, ParticipantRole.Interviewer, null);
                var coached = c.Labels & Coached;
                if ((c.Labels & UtteranceLabels.ClosedQuestion) != 0 && (section.Tag & ClosedAllowed) == 0) coached |= UtteranceLabels.ClosedQuestion;
                if (coached != 0) problems.Add($"{section.Title}: \"{text}\" is {string.Join(", ", LabelIds.ToIds(coached))}");
            }
        }
        return problems;
    }
}

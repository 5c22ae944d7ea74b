using InterviewBot.Core.Coaching.Labels;

namespace InterviewBot.Core.Coaching.Classification.Model;

/// <summary>
/// The catalogue's precedences, applied after rules and model have voted (the rules' veto): a number settles a
/// vague size, a story is not a generalization, a leading or habit question is not also open, closed, a probe or
/// multi-part.
/// </summary>
public static class LabelPrecedence
{
    private const UtteranceLabels OutrankedByLeading =
        UtteranceLabels.OpenQuestion | UtteranceLabels.ClosedQuestion | UtteranceLabels.FollowUp | UtteranceLabels.MultiPartQuestion;

    public static UtteranceLabels Apply(UtteranceLabels labels)
    {
        if ((labels & UtteranceLabels.Quantified) != 0) labels &= ~UtteranceLabels.VagueQuantity;
        if ((labels & UtteranceLabels.Story) != 0) labels &= ~UtteranceLabels.Generalization;
        if ((labels & (UtteranceLabels.LeadingQuestion | UtteranceLabels.GenericQuestion)) != 0) labels &= ~OutrankedByLeading;
        return labels;
    }
}

using InterviewBot.Core.Coaching.Normalisation;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Coaching.Classification.Model;

/// <summary>
/// Normalises an utterance and its context turn and runs the rules on both: the one way features are made,
/// shared by the shipped classifier and by training, so the model is scored on exactly what it was trained on.
/// </summary>
public static class FeatureInputBuilder
{
    public static FeatureInput Build(IUtteranceClassifier rules, string text, ParticipantRole role, string? previousText)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var utterance = SpeechNormaliser.Normalise(text);
        var context = string.IsNullOrWhiteSpace(previousText) ? null : SpeechNormaliser.Normalise(previousText);
        var verdict = rules.Classify(utterance.Text, role, context?.Text);
        var contextVerdict = context is null ? default : rules.Classify(context.Text, OtherSide(role), null);
        return new FeatureInput(utterance, verdict, context, contextVerdict);
    }

    private static ParticipantRole OtherSide(ParticipantRole role) =>
        role == ParticipantRole.Interviewer ? ParticipantRole.Interviewee : ParticipantRole.Interviewer;
}

using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Coaching.Normalisation;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Coaching.Classification.Model;

/// <summary>
/// The shipped classifier: normalises speech, runs the rules, scores the trained model, and decides each label
/// the way the model file says measured best (rules, model, or either), then applies the catalogue's precedences
/// (<see cref="LabelPrecedence"/>). Tags stay with the rules. A turn that
/// asks one question several ways is never multi-part, whatever rules or model say.
/// </summary>
public sealed class HybridClassifier : IUtteranceClassifier
{
    private readonly IUtteranceClassifier _rules;
    private readonly LinearModel? _model;

    public HybridClassifier(IUtteranceClassifier rules, LinearModel? model)
    {
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        // A model whose every label the rules decide is never read: skip featurizing for it.
        _model = model is not null && model.Labels.Any(l => l.Mode != LabelMode.Rules) ? model : null;
        Model = model;
    }

    /// <summary>Normalisation and rules only: what the coach does without a model.</summary>
    public static HybridClassifier RulesOnly() => new(new PatternClassifier(), null);

    /// <summary>The model this classifier scores with, if any.</summary>
    public LinearModel? Model { get; }

    public Classification Classify(string text, ParticipantRole role, string? previousText)
    {
        ArgumentNullException.ThrowIfNull(text);
        var input = FeatureInputBuilder.Build(_rules, text, role, previousText);
        var labels = input.Rules.Labels;
        if (_model is not null && input.Utterance.Text.Length > 0)
            labels = LabelPrecedence.Apply(ApplyModel(input, role, labels) | ClearMultiPart(input, role));
        if (input.Utterance.IsReformulated) labels &= ~UtteranceLabels.MultiPartQuestion;
        // A turn whose only question checks a recap ("…so you build them by hand. Is that right?") asks for no yes/no about their work.
        if (OnlyAsksACheck(input.Utterance)) labels &= ~UtteranceLabels.ClosedQuestion;
        return new Classification(labels, input.Rules.Tags);
    }

    private static bool OnlyAsksACheck(NormalisedUtterance u)
    {
        if (u.QuestionSentences != 1) return false;
        foreach (var s in u.Sentences)
            if (s.IsQuestion) return ClauseSplitter.IsAside(s.Text);
        return false;
    }

    /// <summary>The rules' multi-part verdict where the joint is plain to see (<see cref="MultiPartJoint"/>): the model does not veto it.</summary>
    private static UtteranceLabels ClearMultiPart(FeatureInput input, ParticipantRole role) =>
        role == ParticipantRole.Interviewer && (input.Rules.Labels & UtteranceLabels.MultiPartQuestion) != 0 && MultiPartJoint.IsClear(input.Utterance.Text)
            ? UtteranceLabels.MultiPartQuestion
            : UtteranceLabels.None;

    private UtteranceLabels ApplyModel(FeatureInput input, ParticipantRole role, UtteranceLabels labels)
    {
        var models = _model!.Labels;
        Span<float> scores = stackalloc float[models.Count];
        _model.Score(Featurizer.Featurize(input), scores);
        for (var l = 0; l < models.Count; l++)
        {
            var m = models[l];
            if (m.Role != role || m.Mode == LabelMode.Rules) continue;
            var yes = LabelDecision.Decide(m.Mode, m.Threshold, m.RulesThreshold, (labels & m.Label) != 0, scores[l]);
            labels = yes ? labels | m.Label : labels & ~m.Label;
        }
        return labels;
    }
}

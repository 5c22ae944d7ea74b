using InterviewBot.Core.Coaching.Classification.Model;
using InterviewBot.Core.Coaching.Labels;

namespace InterviewBot.Training.Learning;

/// <summary>A fitted model (as the core would load it) and, per label, the choices made on inner folds.</summary>
public sealed record TrainedClassifier(ModelFile File, IReadOnlyDictionary<UtteranceLabels, ModeChoice> Choices)
{
    public LinearModel Load() => new(File);

    /// <summary>
    /// The file to commit: a label the rules decide never reads its weights, so they are left out (cross-validation
    /// keeps them, to report the model-only figures of every label).
    /// </summary>
    public ModelFile Shipped => File with
    {
        Labels = File.Labels.Select(l => l.Mode == LabelMode.Rules ? l with { Weights = [] } : l).ToArray(),
    };
}

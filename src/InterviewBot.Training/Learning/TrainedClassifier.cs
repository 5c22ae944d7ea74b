using InterviewBot.Core.Coaching.Classification.Model;
using InterviewBot.Core.Coaching.Labels;

namespace InterviewBot.Training.Learning;

/// <summary>A fitted model (as the core would load it) and, per label, the choices made on inner folds.</summary>
public sealed record TrainedClassifier(ModelFile File, IReadOnlyDictionary<UtteranceLabels, ModeChoice> Choices)
{
    public LinearModel Load() => new(File);
}

namespace InterviewBot.Training.Evaluation;

/// <summary>
/// A cross-validation run: what it read (paths and their SHA-256, the scored files first, then those only trained on), how it
/// split, and every label's figures.
/// </summary>
public sealed record CvReport(IReadOnlyList<string> Inputs, string Sha256, string Split, IReadOnlyList<string> Folds, int Items, int Seed, double PrecisionTarget, IReadOnlyList<LabelResult> Labels, IReadOnlyList<string>? TrainedOnlyOn = null);

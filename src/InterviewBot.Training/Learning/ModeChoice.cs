using InterviewBot.Core.Coaching.Classification.Model;

namespace InterviewBot.Training.Learning;

/// <summary>
/// One label's choice, made on inner folds: the best threshold for the model alone and for the hybrid, and the
/// mode (with its thresholds: <paramref name="RulesThreshold"/> is what a rules' yes needs in gated mode) that ships.
/// </summary>
public sealed record ModeChoice(LabelMode Mode, double Threshold, double ModelThreshold, double HybridThreshold, double RulesThreshold = 0);

using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Coaching.Classification.Model;

/// <summary>
/// One label's logistic regression (bias and sparse weights), the score it must reach, how it combines with the rules,
/// and (gated mode) the score a rules' yes must reach to stand.
/// </summary>
public sealed record LabelModel(UtteranceLabels Label, ParticipantRole Role, LabelMode Mode, double Threshold, float Bias, IReadOnlyList<(int Index, float Weight)> Weights, double RulesThreshold = 0);

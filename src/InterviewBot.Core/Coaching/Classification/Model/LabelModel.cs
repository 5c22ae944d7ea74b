using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Coaching.Classification.Model;

/// <summary>One label's logistic regression (bias and sparse weights), the score it must reach, and how it combines with the rules.</summary>
public sealed record LabelModel(UtteranceLabels Label, ParticipantRole Role, LabelMode Mode, double Threshold, float Bias, IReadOnlyList<(int Index, float Weight)> Weights);

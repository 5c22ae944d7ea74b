namespace InterviewBot.Core.Coaching.Evaluation;

/// <summary>One utterance of an evaluation set with its gold label and tag ids, and the ids predicted for it.</summary>
public sealed record LabelExample(string Id, IReadOnlyCollection<string> Gold, IReadOnlyCollection<string> Predicted);

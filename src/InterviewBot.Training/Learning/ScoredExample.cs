namespace InterviewBot.Training.Learning;

/// <summary>One held-out prediction for one label: the gold answer, what the rules said, and the model's probability.</summary>
public readonly record struct ScoredExample(bool Gold, bool Rules, float Score);

namespace InterviewBot.Training.Learning;

/// <summary>
/// One held-out prediction for one label: the gold answer, what the rules said, the model's probability, and whether
/// the item is from the dev set (clean written questions, no source field), where the rules are known to be precise.
/// </summary>
public readonly record struct ScoredExample(bool Gold, bool Rules, float Score, bool DevSet = false);

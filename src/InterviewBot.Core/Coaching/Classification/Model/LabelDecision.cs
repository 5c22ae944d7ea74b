namespace InterviewBot.Core.Coaching.Classification.Model;

/// <summary>One label's yes or no from the rules' verdict and the model's score, by the label's mode.</summary>
public static class LabelDecision
{
    /// <param name="mode">How the label is decided.</param>
    /// <param name="threshold">The score the model needs on its own (model, hybrid, and gated where the rules said no).</param>
    /// <param name="rulesThreshold">Gated only: the score a rules' yes needs to stand.</param>
    /// <param name="rulesSay">The rules' verdict.</param>
    /// <param name="score">The model's probability.</param>
    public static bool Decide(LabelMode mode, double threshold, double rulesThreshold, bool rulesSay, float score) => mode switch
    {
        LabelMode.Rules => rulesSay,
        LabelMode.Model => score >= threshold,
        LabelMode.Gated => rulesSay ? score >= rulesThreshold : score >= threshold,
        _ => rulesSay || score >= threshold,
    };
}

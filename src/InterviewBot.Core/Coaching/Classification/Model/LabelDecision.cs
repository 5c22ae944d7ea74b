namespace InterviewBot.Core.Coaching.Classification.Model;

/// <summary>One label's yes or no from the rules' verdict and the model's score, by the label's mode.</summary>
public static class LabelDecision
{
    public static bool Decide(LabelMode mode, double threshold, bool rulesSay, float score) => mode switch
    {
        LabelMode.Rules => rulesSay,
        LabelMode.Model => score >= threshold,
        _ => rulesSay || score >= threshold,
    };
}

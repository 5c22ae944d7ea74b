namespace InterviewBot.Core.Coaching.Classification.Model;

/// <summary>How one label is decided: by the rules alone, by the model alone, by either, or by the model with a threshold that depends on what the rules said.</summary>
public enum LabelMode
{
    Rules,
    Model,
    Hybrid,

    /// <summary>
    /// The rules' yes stands unless the model scores it below the rules threshold; the rules' no turns into a yes only
    /// above the (higher) model threshold. Where the rules are precise the first threshold is low; where they are not,
    /// the model vetoes their false alarms.
    /// </summary>
    Gated,
}

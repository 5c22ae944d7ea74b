namespace InterviewBot.Core.Coaching.Classification.Model;

/// <summary>How one label is decided: by the rules alone, by the model alone, or by either (rules keep their veto).</summary>
public enum LabelMode
{
    Rules,
    Model,
    Hybrid,
}

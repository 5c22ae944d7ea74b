namespace InterviewBot.Core.Coaching.Labels;

/// <summary>The interview-structure tags of docs/coaching.md §1, used by the coverage checklist.</summary>
[Flags]
public enum StructureTags : uint
{
    None = 0,
    GoalStatement = 1u << 0,
    ConsentRequest = 1u << 1,
    BeforeContext = 1u << 2,
    Discovery = 1u << 3,
    Skepticism = 1u << 4,
    AhaMoment = 1u << 5,
    ResultsMetrics = 1u << 6,
    Surprise = 1u << 7,
    Advice = 1u << 8,
    Alternatives = 1u << 9,
    Challenges = 1u << 10,
    WrapUp = 1u << 11,
    NextStep = 1u << 12,
}

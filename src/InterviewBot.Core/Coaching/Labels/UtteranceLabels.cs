namespace InterviewBot.Core.Coaching.Labels;

/// <summary>The utterance labels of docs/coaching.md §1 as a bit set, so that labelling allocates nothing.</summary>
[Flags]
#pragma warning disable CA1711 // the name is the domain's own word for the set
public enum UtteranceLabels : uint
#pragma warning restore CA1711
{
    None = 0,

    // Interviewer
    OpenQuestion = 1u << 0,
    FollowUp = 1u << 1,
    ClosedQuestion = 1u << 2,
    LeadingQuestion = 1u << 3,
    HypotheticalQuestion = 1u << 4,
    GenericQuestion = 1u << 5,
    MultiPartQuestion = 1u << 6,
    Pitch = 1u << 7,
    Interrupt = 1u << 8,

    // Interviewee
    VagueQuantity = 1u << 16,
    Quantified = 1u << 17,
    Generalization = 1u << 18,
    VaguePraise = 1u << 19,
    Complaint = 1u << 20,
    Emotion = 1u << 21,
    FeatureRequest = 1u << 22,
    AlternativeMention = 1u << 23,
    Story = 1u << 24,
    Commitment = 1u << 25,
    ShortAnswer = 1u << 26,
}

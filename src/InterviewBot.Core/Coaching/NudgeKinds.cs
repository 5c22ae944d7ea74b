namespace InterviewBot.Core.Coaching;

/// <summary>The stable nudge ids of docs/coaching.md §2.</summary>
public static class NudgeKinds
{
    public const string TalkRatio = "talk_ratio";
    public const string Monologue = "monologue";
    public const string ClosedQuestion = "closed_question";
    public const string LeadingQuestion = "leading_question";
    public const string HypotheticalQuestion = "hypothetical_question";
    public const string GenericQuestion = "generic_question";
    public const string MultiPartQuestion = "multi_part_question";
    public const string Pitch = "pitch";
    public const string Interrupt = "interrupt";
    public const string WaitLonger = "wait_longer";
    public const string ProbeNumbers = "probe_numbers";
    public const string LeanIntoComplaint = "lean_into_complaint";
    public const string ExploreEmotion = "explore_emotion";
    public const string AskForStory = "ask_for_story";
    public const string AskWhyFeature = "ask_why_feature";
    public const string Coverage = "coverage";
    public const string WrapUp = "wrap_up";

    /// <summary>Every nudge id in catalogue order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        TalkRatio, Monologue, ClosedQuestion, LeadingQuestion, HypotheticalQuestion, GenericQuestion,
        MultiPartQuestion, Pitch, Interrupt, WaitLonger, ProbeNumbers, LeanIntoComplaint, ExploreEmotion,
        AskForStory, AskWhyFeature, Coverage, WrapUp,
    ];

    /// <summary>
    /// Tie-break order of docs/coaching.md §2: interrupt > leading > hypothetical > pitch > monologue > talk_ratio > the
    /// rest. Among the rest, a complaint or a feeling let go outranks the other follow-throughs: when one answer was both
    /// a complaint and a habit ("the pain point is we usually…"), the complaint is where the need is.
    /// </summary>
    public static int Priority(string kind) => kind switch
    {
        Interrupt => 7,
        LeadingQuestion => 6,
        HypotheticalQuestion => 5,
        Pitch => 4,
        Monologue => 3,
        TalkRatio => 2,
        LeanIntoComplaint or ExploreEmotion => 1,
        _ => 0,
    };
}

using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Coaching.Coverage;

/// <summary>The structure tags each interview kind should cover, in interview order (docs/coaching.md §5), and a question for each.</summary>
public static class CoveragePlan
{
    /// <summary>Tags with cues of their own (quiet-start reminder, wrap-up nudge) rather than coverage.</summary>
    public const StructureTags OwnCues = StructureTags.GoalStatement | StructureTags.ConsentRequest | StructureTags.WrapUp | StructureTags.NextStep;

    public static IReadOnlyList<StructureTags> TagsFor(InterviewKind kind) => kind switch
    {
        InterviewKind.CaseStudy =>
        [
            StructureTags.GoalStatement, StructureTags.ConsentRequest, StructureTags.BeforeContext, StructureTags.Discovery,
            StructureTags.Skepticism, StructureTags.AhaMoment, StructureTags.ResultsMetrics, StructureTags.Surprise,
            StructureTags.Advice, StructureTags.WrapUp, StructureTags.NextStep,
        ],
        InterviewKind.Validation =>
        [
            StructureTags.GoalStatement, StructureTags.Challenges, StructureTags.Alternatives, StructureTags.ResultsMetrics,
            StructureTags.WrapUp, StructureTags.NextStep,
        ],
        _ =>
        [
            StructureTags.GoalStatement, StructureTags.ConsentRequest, StructureTags.BeforeContext, StructureTags.Challenges,
            StructureTags.Alternatives, StructureTags.ResultsMetrics, StructureTags.WrapUp, StructureTags.NextStep,
        ],
    };

    /// <summary>The question to ask for a missing tag, naming the interviewee's company when we know it.</summary>
    /// <summary>The content tags of <paramref name="kind"/> not yet in <paramref name="seen"/>, in interview order (the opening and closing cues have their own nudges).</summary>
    public static IReadOnlyList<StructureTags> Missing(InterviewKind kind, StructureTags seen) =>
        TagsFor(kind).Where(t => (t & OwnCues) == 0 && (seen & t) == 0).ToArray();

    public static string QuestionFor(StructureTags tag, SessionSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var at = setup.Company is { Length: > 0 } company ? $" at {company}" : "";
        return tag switch
        {
            StructureTags.GoalStatement => "Say what you're here to learn: \"Today I'm trying to understand how this works for you — there are no wrong answers.\"",
            StructureTags.ConsentRequest => "Ask before you go on: \"Is it okay if I record this, just for my notes?\"",
            StructureTags.BeforeContext => $"\"Before you had a solution for this{at}, how did you handle it?\"",
            StructureTags.Discovery => "\"How did you first come across us?\"",
            StructureTags.Skepticism => "\"What almost stopped you from trying it?\"",
            StructureTags.AhaMoment => "\"At what point did you realize it was actually working?\"",
            StructureTags.ResultsMetrics => $"\"What has this cost you{at} — in hours or dollars, roughly?\"",
            StructureTags.Surprise => "\"What surprised you once you started?\"",
            StructureTags.Advice => "\"If a friend were in your shoes, what would you tell them?\"",
            StructureTags.Alternatives => "\"What else have you tried to solve this?\"",
            StructureTags.Challenges => $"\"What's been the hardest part of this{at}?\"",
            StructureTags.WrapUp => "\"Is there anything else you'd like to add that I didn't ask?\"",
            StructureTags.NextStep => "\"Would you be open to a follow-up?\"",
            _ => "\"Tell me about the last time that happened.\"",
        };
    }
}

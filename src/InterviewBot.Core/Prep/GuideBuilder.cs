using InterviewBot.Core.Coaching.Coverage;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Prep;

/// <summary>
/// Drafts the discussion guide for a goal: one question per coverage tag of the interview's kind, each
/// with a follow-up probe and minutes from the planned length. The questions follow the brief: open,
/// about the past, one at a time; the guide check (<see cref="GuideCheck"/>) holds them to it.
/// </summary>
public static class GuideBuilder
{
    private const int DefaultMinutes = 30;

    public static DiscussionGuide Build(string goal, InterviewKind? kind = null, string? interviewee = null, string? company = null, int? plannedMinutes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(goal);
        var chosen = kind ?? InterviewKindClassifier.Classify(goal);
        var minutes = plannedMinutes is int m and > 0 ? m : DefaultMinutes;
        var tags = CoveragePlan.TagsFor(chosen);
        var allotted = Allot(tags, minutes);
        var at = company is { Length: > 0 } ? $" at {company}" : "";
        var sections = tags.Select((tag, i) =>
        {
            var (title, question, probe) = Wording(tag, chosen, goal.Trim().TrimEnd('.'), at);
            return new GuideSection(tag, title, question, probe, allotted[i]);
        }).ToArray();
        return new DiscussionGuide(goal.Trim(), chosen, minutes, interviewee, company, sections);
    }

    /// <summary>Opening and closing get a fixed minute or two; the content sections share the rest.</summary>
    private static int[] Allot(IReadOnlyList<StructureTags> tags, int minutes)
    {
        var fixedMinutes = tags.Select(t => t switch
        {
            StructureTags.GoalStatement or StructureTags.ConsentRequest or StructureTags.NextStep => 1,
            StructureTags.WrapUp => 2,
            _ => 0,
        }).ToArray();
        var content = fixedMinutes.Count(x => x == 0);
        var left = Math.Max(content, minutes - fixedMinutes.Sum());
        var result = new int[tags.Count];
        var given = 0;
        for (var i = 0; i < tags.Count; i++)
        {
            if (fixedMinutes[i] > 0)
            {
                result[i] = fixedMinutes[i];
                continue;
            }
            result[i] = left / content + (given < left % content ? 1 : 0);
            given++;
        }
        return result;
    }

    private static (string Title, string Question, string Probe) Wording(StructureTags tag, InterviewKind kind, string goal, string at) => tag switch
    {
        StructureTags.GoalStatement => ("Goal", $"Thanks for making the time. Today I'm here to learn, not to sell: my goal is to {Lower(goal)}, and there are no wrong answers.",
            "Before we start, tell me a bit about your role."),
        StructureTags.ConsentRequest => ("Consent", "Is it okay if I record this so I can listen instead of taking notes?", "I'll only use it for my own notes."),
        StructureTags.BeforeContext => ("Before", $"Before you had a solution for this{at}, how did you handle it?", "Walk me through the last time that happened."),
        StructureTags.Discovery => ("Discovery", "How did you first come across us?", "What made you decide to try it?"),
        StructureTags.Skepticism => ("Skepticism", "What almost stopped you from trying it?", "Tell me more about that."),
        StructureTags.AhaMoment => ("Aha moment", "At what point did you realize it was actually working?", "What happened that day?"),
        StructureTags.ResultsMetrics => kind == InterviewKind.CaseStudy
            ? ("Results", "What has changed since then, in hours, money or mistakes?", "How much, roughly? A ballpark is fine.")
            : ("Cost of the problem", $"What does this cost you today{at}, in hours or money?", "How much, roughly? A ballpark is fine."),
        StructureTags.Surprise => ("Surprise", "What surprised you once you started?", "Why was that surprising?"),
        StructureTags.Advice => ("Advice", "If a friend were in your shoes, what would you tell them?", "Why that first?"),
        StructureTags.Challenges => ("Challenges", $"What's been the hardest part of this{at} lately?", "Tell me about the last time that happened."),
        StructureTags.Alternatives => ("Alternatives", "What else have you tried to solve this?", "What didn't work about it?"),
        StructureTags.WrapUp => ("Wrap-up", "Is there anything else you'd like to add that I didn't ask?", "Who else should I talk to about this?"),
        StructureTags.NextStep => kind switch
        {
            InterviewKind.CaseStudy => ("Next step", "Could I send you the quotes I'd like to use, so you can approve the wording?", "When would be a good time to send them?"),
            InterviewKind.Validation => ("Next step", "Could we set up a pilot with your team next month?", "Who else would need to be involved?"),
            _ => ("Next step", "Could we follow up in a couple of weeks once I've talked to a few more people?", "What's the best way to reach you?"),
        },
        _ => ("Other", "Tell me about the last time that happened.", "What happened next?"),
    };

    private static string Lower(string goal) => goal.Length > 1 && char.IsUpper(goal[0]) && !char.IsUpper(goal[1]) ? char.ToLowerInvariant(goal[0]) + goal[1..] : goal;
}

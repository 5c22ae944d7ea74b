using System.Text;
using InterviewBot.Core.Coaching.Labels;

namespace InterviewBot.Core.Prep;

/// <summary>Renders <c>guide.md</c>: the plan for the call, a section per part with its minutes, question and probe.</summary>
public static class GuideMarkdown
{
    public static string Render(DiscussionGuide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        var md = new StringBuilder("# Discussion guide");
        if (guide.Interviewee is { Length: > 0 } who) md.Append(": ").Append(who);
        if (guide.Company is { Length: > 0 } company) md.Append(" (").Append(company).Append(')');
        md.Append("\n\n**Goal:** ").Append(guide.Goal)
          .Append("  \n**Kind:** ").Append(Sessions.InterviewKinds.Id(guide.Kind)).Append(" (correct it with `--kind`)")
          .Append("  \n**Planned:** ").Append(guide.PlannedMinutes).Append(" minutes\n\n")
          .Append("Ask one question at a time, about the last time it happened, and let silence work. Talk about 20% of the time.\n");
        var elapsed = 0;
        foreach (var s in guide.Sections)
        {
            md.Append("\n## ").Append(s.Title).Append(" — ").Append(s.Minutes).Append(" min (").Append(elapsed).Append('–').Append(elapsed + s.Minutes).Append(")\n\n")
              .Append("- Ask: ").Append(s.Question).Append('\n')
              .Append("- Then: ").Append(s.FollowUp).Append('\n')
              .Append("- Covers: `").Append(LabelIds.IdOf(s.Tag)).Append("`\n");
            elapsed += s.Minutes;
        }
        return md.ToString();
    }
}

using InterviewBot.Core.Coaching;
using InterviewBot.Core.Prep;
using InterviewBot.Core.Sessions;
using Spectre.Console;

namespace InterviewBot.Cli.Prep;

/// <summary>Drafts the discussion guide for a goal, checks every question with our classifier, prints it and writes guide.md.</summary>
internal sealed class PrepRunner(IAnsiConsole console, TextWriter stderr)
{
    public async Task<int> RunAsync(string goal, InterviewKind? kind, string? interviewee, string? company, int? plannedMinutes, string? outDirectory, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(goal))
        {
            await stderr.WriteLineAsync("error: --goal must say what the interview is for").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        var guide = GuideBuilder.Build(goal, kind, interviewee, company, plannedMinutes);
        var problems = GuideCheck.Problems(guide, CoachFactory.Classifier);
        if (problems.Count > 0)
        {
            // Our own guide asking a question we would nudge is our bug, not the user's.
            foreach (var p in problems) await stderr.WriteLineAsync($"internal error: guide question fails our classifier: {p}").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }

        var markdown = GuideMarkdown.Render(guide);
        var outDir = outDirectory ?? Path.Combine("out", "prep");
        Directory.CreateDirectory(outDir);
        var path = Path.Combine(outDir, "guide.md");
        await File.WriteAllTextAsync(path, markdown, cancellationToken).ConfigureAwait(false);

        console.MarkupLine($"[bold]{Markup.Escape(guide.Goal)}[/] — {InterviewKinds.Id(guide.Kind)}, {guide.PlannedMinutes} min" +
            (kind is null ? " (kind detected from the goal; correct it with --kind)" : ""));
        var elapsed = 0;
        foreach (var s in guide.Sections)
        {
            console.MarkupLine($"[yellow]{elapsed,2}–{elapsed + s.Minutes,-2}[/] [bold]{Markup.Escape(s.Title)}[/]: {Markup.Escape(s.Question)}");
            console.MarkupLine($"        [green]then:[/] {Markup.Escape(s.FollowUp)}");
            elapsed += s.Minutes;
        }
        console.MarkupLine($"Wrote [blue]{Markup.Escape(path)}[/]");
        return ExitCodes.Ok;
    }
}

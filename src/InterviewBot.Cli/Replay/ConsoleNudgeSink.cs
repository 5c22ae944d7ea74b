using InterviewBot.Core.PostCall.Rendering;
using System.Text.Json;
using InterviewBot.Cli.Output;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Ports;
using Spectre.Console;

namespace InterviewBot.Cli.Replay;

/// <summary>Prints each nudge as it is raised: a timeline entry for people, or a JSON line for tools.</summary>
internal sealed class ConsoleNudgeSink(IAnsiConsole console, TextWriter stdout, OutputFormat format, Func<string, string> nameOf) : INudgeSink
{
    public ValueTask DeliverAsync(string sessionId, Nudge nudge, CancellationToken cancellationToken)
    {
        if (format == OutputFormat.Json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(NudgeLines.From(nudge, nameOf), CliJsonContext.Readable.NudgeLine));
            return ValueTask.CompletedTask;
        }
        // One screen line per heading: a wrapped line would tear a live progress bar drawn below it.
        var room = console.Profile.Width - MediaClock.Format(nudge.At).Length - nudge.Kind.Length - 6 - (nudge.IsUpdate ? 32 : 0);
        var shown = nudge.Quote.Length <= room ? nudge.Quote : nudge.Quote[..Math.Max(0, room - 1)] + "…";
        var quote = shown.Length > 0 ? $" [italic]\"{Markup.Escape(shown)}\"[/]" : "";
        var again = nudge.IsUpdate ? $" (again, ×{nudge.Count}: updates card {nudge.Updates})" : "";
        console.MarkupLine($"[bold yellow]{MediaClock.Format(nudge.At)}[/]  [bold]{Markup.Escape(nudge.Kind)}[/]{Markup.Escape(again)}{quote}");
        console.MarkupLine($"        {Markup.Escape(nudge.Message)}");
        console.MarkupLine($"        [green]→ {Markup.Escape(nudge.Suggestion)}[/]");
        return ValueTask.CompletedTask;
    }
}

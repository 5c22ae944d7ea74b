using InterviewBot.Core.Ports;
using InterviewBot.Core.Synthesis;
using Spectre.Console;

namespace InterviewBot.Cli.Synthesis;

/// <summary>
/// <c>interviewbot synthesize DIR…</c>: reads each finished interview's <c>report.json</c> and writes
/// <c>synthesis.md</c>, <c>synthesis.json</c> and <c>synthesis.html</c>, with the configured synthesis writer (embedded, or
/// the LLM with <c>PostCall:Writer=llm</c>). A bad folder stops the run before anything is written.
/// </summary>
internal sealed class SynthesizeRunner(IAnsiConsole console, TextWriter stderr, Func<ISynthesisWriter> writer)
{
    public async Task<int> RunAsync(IReadOnlyList<string> folders, string outDirectory, CancellationToken cancellationToken)
    {
        var interviews = new List<InterviewEvidence>();
        foreach (var folder in folders)
        {
            var path = Directory.Exists(folder) ? Path.Combine(folder, "report.json") : folder;
            if (!File.Exists(path)) return await FailAsync($"{folder}: no report.json here; give interview output folders written by 'replay' or 'report'").ConfigureAwait(false);
            var (text, readError) = await InputFile.ReadTextAsync(path, cancellationToken).ConfigureAwait(false);
            if (readError is not null) return await FailAsync(readError).ConfigureAwait(false);
            var name = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)))!;
            if (interviews.Any(i => i.Interview == name)) return await FailAsync($"{folder}: interview '{name}' given twice").ConfigureAwait(false);
            var (evidence, error) = ReportJsonReader.Read(name, text!, path);
            if (error is not null) return await FailAsync(error).ConfigureAwait(false);
            interviews.Add(evidence!);
        }
        if (interviews.Count < 2) return await FailAsync("a synthesis needs at least two interviews").ConfigureAwait(false);

        var result = await writer().WriteAsync(interviews, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(outDirectory);
        await File.WriteAllTextAsync(Path.Combine(outDirectory, "synthesis.md"), SynthesisMarkdown.Render(result), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(outDirectory, "synthesis.json"), SynthesisJson.Render(result), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(outDirectory, "synthesis.html"), SynthesisHtml.Render(result), cancellationToken).ConfigureAwait(false);
        console.MarkupLine($"{interviews.Count} interviews: {result.Themes.Count} themes, {result.Leads.Count} leads. Wrote [blue]{Markup.Escape(outDirectory)}[/]: synthesis.md, synthesis.json, synthesis.html");
        return ExitCodes.Ok;
    }

    private async Task<int> FailAsync(string message)
    {
        await stderr.WriteLineAsync($"error: {message}").ConfigureAwait(false);
        return ExitCodes.BadInput;
    }
}

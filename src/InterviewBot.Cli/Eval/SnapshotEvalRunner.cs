using System.Globalization;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.PostCall.Rendering;
using InterviewBot.Core.PostCall.Snapshot.Evaluation;
using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Transcripts;
using Spectre.Console;

namespace InterviewBot.Cli.Eval;

/// <summary>
/// <c>eval --snapshots DIR</c>: replays every interview that has a <c>facts/NAME.json</c>, writes its snapshot with the
/// embedded writer, and prints per interview the listed facts recalled, quotes repeated across sections, sections
/// without a fact, quick facts without a name or number and grounding problems; then the totals and what was missed.
/// </summary>
internal sealed class SnapshotEvalRunner(IAnsiConsole console, TextWriter stderr)
{
    public async Task<int> RunAsync(string directory, string? outDir, CancellationToken cancellationToken)
    {
        var factsDir = Path.Combine(directory, "facts");
        if (!Directory.Exists(factsDir)) return await FailAsync($"{factsDir}: no such folder (one NAME.json of listed facts per interview)").ConfigureAwait(false);
        var scores = new List<SnapshotScore>();
        foreach (var path in Directory.GetFiles(factsDir, "*.json").Order(StringComparer.Ordinal))
        {
            var read = await InputFile.ReadTextAsync(path, cancellationToken).ConfigureAwait(false);
            if (read.Error is { } e) return await FailAsync(e).ConfigureAwait(false);
            var (facts, error) = FactsFile.Parse(read.Text!, path);
            if (error is not null) return await FailAsync(error).ConfigureAwait(false);
            var file = Path.Combine(directory, facts!.Interview);
            var text = await InputFile.ReadTextAsync(file, cancellationToken).ConfigureAwait(false);
            if (text.Error is { } te) return await FailAsync(te).ConfigureAwait(false);
            var parsed = TranscriptParser.Parse(text.Text!, file);
            if (!parsed.IsSuccess) return await FailAsync(parsed.Error.ToString()).ConfigureAwait(false);
            var interviewer = parsed.Transcript.Speakers.FirstOrDefault(s => s != facts.Interviewee);
            var replay = TranscriptReplay.Run(parsed.Transcript, interviewer, SessionSetup.Empty);
            if (replay.Error is { } re) return await FailAsync($"{file}: {re}").ConfigureAwait(false);
            var report = new EmbeddedPostCallWriter().Write(replay.Session!);
            var markdown = SnapshotMarkdown.Render(report);
            if (outDir is not null)
            {
                Directory.CreateDirectory(outDir);
                await File.WriteAllTextAsync(Path.Combine(outDir, Path.GetFileNameWithoutExtension(facts.Interview) + ".snapshot.md"), markdown, cancellationToken).ConfigureAwait(false);
            }
            scores.Add(SnapshotCheck.Score(Path.GetFileNameWithoutExtension(facts.Interview), report, markdown, facts.List, replay.Session!));
        }
        if (scores.Count == 0) return await FailAsync($"{factsDir}: no facts files").ConfigureAwait(false);
        Print(scores);
        return ExitCodes.Ok;
    }

    private void Print(List<SnapshotScore> scores)
    {
        var table = new Table().AddColumns("interview", "facts recalled", "repeated quotes", "sections without a fact", "quick facts w/o name or number", "grounding problems");
        foreach (var s in scores)
            table.AddRow(Markup.Escape(s.Interview), $"{s.Recalled.Count}/{s.Total} ({Pct(s.Recalled.Count, s.Total)})", N(s.RepeatedQuotes),
                s.SectionsWithoutFact.Count == 0 ? "0" : $"{s.SectionsWithoutFact.Count} ({Markup.Escape(string.Join(", ", s.SectionsWithoutFact))})",
                N(s.QuickFactsWithoutNameOrNumber), N(s.GroundingProblems.Count));
        int recalled = scores.Sum(s => s.Recalled.Count), total = scores.Sum(s => s.Total);
        table.AddRow("[bold]total[/]", $"[bold]{recalled}/{total} ({Pct(recalled, total)})[/]", N(scores.Sum(s => s.RepeatedQuotes)),
            N(scores.Sum(s => s.SectionsWithoutFact.Count)), N(scores.Sum(s => s.QuickFactsWithoutNameOrNumber)), N(scores.Sum(s => s.GroundingProblems.Count)));
        console.Write(table);
        console.WriteLine($"total: {recalled}/{total} facts recalled ({Pct(recalled, total)}), {scores.Sum(s => s.RepeatedQuotes)} repeated quotes, "
            + $"{scores.Sum(s => s.SectionsWithoutFact.Count)} sections without a fact, {scores.Sum(s => s.QuickFactsWithoutNameOrNumber)} quick facts without a name or number, "
            + $"{scores.Sum(s => s.GroundingProblems.Count)} grounding problems, over {scores.Count} interviews");
        var byClass = new Table().AddColumns("fact class", "recalled");
        foreach (var g in scores.SelectMany(s => s.Recalled.Select(f => (f.Class, Hit: true)).Concat(s.Missed.Select(f => (f.Class, Hit: false)))).GroupBy(x => x.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
            byClass.AddRow(Markup.Escape(g.Key), $"{g.Count(x => x.Hit)}/{g.Count()} ({Pct(g.Count(x => x.Hit), g.Count())})");
        console.Write(byClass);
        foreach (var s in scores.Where(s => s.Missed.Count > 0 || s.GroundingProblems.Count > 0))
        {
            console.MarkupLine($"[bold]{Markup.Escape(s.Interview)}[/]");
            foreach (var m in s.Missed) console.MarkupLine($"    missed {Markup.Escape(m.Class)}: {Markup.Escape(m.Fact)} [dim]({Markup.Escape(string.Join(" + ", m.Terms))})[/]");
            foreach (var p in s.GroundingProblems) console.MarkupLine($"    grounding: {Markup.Escape(p)}");
        }
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Pct(int part, int whole) => whole == 0 ? "-" : ((double)part / whole).ToString("0%", CultureInfo.InvariantCulture);

    private async Task<int> FailAsync(string message)
    {
        await stderr.WriteLineAsync($"error: {message}").ConfigureAwait(false);
        return ExitCodes.BadInput;
    }
}

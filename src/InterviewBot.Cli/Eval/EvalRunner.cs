using InterviewBot.Core.PostCall.Rendering;
using System.Globalization;
using InterviewBot.Cli.Analyze;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Evaluation;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Prep;
using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Transcripts;
using Spectre.Console;

namespace InterviewBot.Cli.Eval;

/// <summary>Measures coaching quality: label precision and recall on an utterance set, and nudge expectations on recorded interviews.</summary>
internal sealed class EvalRunner(IAnsiConsole console, TextWriter stderr)
{
    public async Task<int> UtterancesAsync(string path, CancellationToken cancellationToken)
    {
        var read = await InputFile.ReadTextAsync(path, cancellationToken).ConfigureAwait(false);
        if (read.Error is { } readError) return await FailAsync(readError).ConfigureAwait(false);

        var (inputs, errors) = AnalyzeInput.ReadAll(read.Text!, path);
        if (errors.Count > 0) return await FailAsync(errors[0]).ConfigureAwait(false);
        var examples = inputs.Select(input =>
        {
            var c = CoachFactory.Classifier.Classify(input.Text, input.Role, input.Context);
            return new LabelExample(input.Id, [.. input.Labels, .. input.Tags], [.. LabelIds.ToIds(c.Labels), .. LabelIds.ToIds(c.Tags)]);
        }).ToList();
        if (examples.Count == 0) return await FailAsync($"{path}: no utterances").ConfigureAwait(false);

        var textLabels = LabelIds.AllLabelIds.Where(l => l != "interrupt"); // interrupt is a timing label, never a text one
        var report = LabelReport.Compute(examples, [.. textLabels, .. LabelIds.AllTagIds]);
        var table = new Table().AddColumns("label", "support", "precision", "recall", "F1");
        foreach (var s in report.Scores)
            table.AddRow(s.Label, s.Support.ToString(CultureInfo.InvariantCulture), F(s.Precision), F(s.Recall), F(s.F1));
        console.MarkupLine($"[bold]{examples.Count}[/] utterances from {Markup.Escape(path)}");
        console.Write(table);
        var confusions = new Table().AddColumns("expected", "predicted", "count", "examples");
        foreach (var c in report.Confusions.Take(25))
            confusions.AddRow(c.Expected, c.Predicted, c.Count.ToString(CultureInfo.InvariantCulture), string.Join(' ', c.ExampleIds.Take(6)));
        console.MarkupLine("[bold]Confusions[/] (expected → predicted; '-' is none)");
        console.Write(confusions);
        return ExitCodes.Ok;
    }

    public async Task<int> ScenariosAsync(string directory, CancellationToken cancellationToken)
    {
        var expectationsPath = Path.Combine(directory, "expectations.json");
        var read = await InputFile.ReadTextAsync(expectationsPath, cancellationToken).ConfigureAwait(false);
        if (read.Error is { } readError) return await FailAsync(readError).ConfigureAwait(false);
        var (scenarios, parseError) = ExpectationsFile.Parse(read.Text!, expectationsPath);
        if (parseError is not null) return await FailAsync(parseError).ConfigureAwait(false);

        var allPassed = true;
        var lateness = new List<TimeSpan>();
        int must = 0, met = 0, unwanted = 0;
        foreach (var scenario in scenarios)
        {
            var file = Path.Combine(directory, scenario.File);
            var text = await InputFile.ReadTextAsync(file, cancellationToken).ConfigureAwait(false);
            if (text.Error is { } e) return await FailAsync(e).ConfigureAwait(false);
            var parsed = TranscriptParser.Parse(text.Text!, file);
            if (!parsed.IsSuccess) return await FailAsync(parsed.Error.ToString()).ConfigureAwait(false);
            var replay = TranscriptReplay.Run(parsed.Transcript, scenario.Interviewer, new SessionSetup(PlannedMinutes: scenario.PlannedMinutes));
            if (replay.Error is { } replayError) return await FailAsync(replayError).ConfigureAwait(false);

            var result = ScenarioCheck.Check(scenario, replay.Session!.Nudges);
            allPassed &= result.Passed;
            must += scenario.MustNudge.Count;
            met += result.Met.Count;
            unwanted += result.Unwanted.Count;
            var own = LatenessSummary.Of(result.Met.Where(m => m.Lateness is not null).Select(m => m.Lateness!.Value));
            lateness.AddRange(result.Met.Where(m => m.Lateness is not null).Select(m => m.Lateness!.Value));
            var verdict = result.Passed ? "[green]PASS[/]" : "[red]FAIL[/]";
            console.MarkupLine($"{verdict} {Markup.Escape(scenario.File)}: {result.NudgeCount} nudges, " +
                $"{result.Met.Count}/{scenario.MustNudge.Count} must-nudges, {result.Unwanted.Count} unwanted, lateness {Describe(own)}");
            foreach (var m in result.Met)
                console.MarkupLine($"    met      {Markup.Escape(m.Expected.Nudge)} around {When(m.Expected.Around)}: sent {When(m.Raised.At)}" +
                    (m.Lateness is TimeSpan late ? $" ({Seconds(late)} s)" : "") + (m.Raised.IsUpdate ? $" as an update of card {m.Raised.Updates}" : ""));
            foreach (var m in result.Missed)
                console.MarkupLine($"    missed   {Markup.Escape(m.Nudge)} around {When(m.Around)}: {Markup.Escape(m.Why)}");
            foreach (var u in result.Unwanted)
                console.MarkupLine($"    unwanted {Markup.Escape(u.Raised.Kind)} at {When(u.Raised.At)} \"{Markup.Escape(u.Raised.Quote)}\" ({Markup.Escape(u.Rule.Why)})");
        }
        var share = must == 0 ? 1 : (double)met / must;
        console.MarkupLine($"summary: {scenarios.Count} scenarios, {met}/{must} must-nudges within -{ScenarioCheck.MaxEarly.TotalSeconds:0}/+{ScenarioCheck.MaxLate.TotalSeconds:0} s " +
            $"({share:P0}), {unwanted} unwanted, lateness {Describe(LatenessSummary.Of(lateness))}");
        return allPassed ? ExitCodes.Ok : ExitCodes.ChecksFailed;
    }

    private static string Describe(LatenessSummary s) =>
        s.Count == 0 ? "n/a" : $"p50 {Seconds(s.P50)} s, p95 {Seconds(s.P95)} s, max {Seconds(s.Max)} s";

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);

    /// <summary>Kind detection on labelled goal sentences (<c>{"goal", "kind"}</c> per line): accuracy and the misses.</summary>
    public async Task<int> GoalsAsync(string path, CancellationToken cancellationToken)
    {
        var read = await InputFile.ReadTextAsync(path, cancellationToken).ConfigureAwait(false);
        if (read.Error is { } readError) return await FailAsync(readError).ConfigureAwait(false);
        var lines = read.Text!.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int total = 0, right = 0;
        var misses = new Table().AddColumns("goal", "expected", "detected");
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0) continue;
            string goal, expected;
            try
            {
                using var doc = System.Text.Json.JsonDocument.Parse(lines[i]);
                goal = doc.RootElement.GetProperty("goal").GetString() ?? "";
                expected = doc.RootElement.GetProperty("kind").GetString() ?? "";
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
            {
                return await FailAsync($"{path}:{i + 1}: expected {{\"goal\": \"…\", \"kind\": \"discovery|case_study|validation\"}}").ConfigureAwait(false);
            }
            var detected = InterviewKinds.Id(InterviewKindClassifier.Classify(goal));
            total++;
            if (detected == expected) right++;
            else misses.AddRow(Markup.Escape(goal), expected, detected);
        }
        if (total == 0) return await FailAsync($"{path}: no goals").ConfigureAwait(false);
        console.MarkupLine($"kind accuracy [bold]{(double)right / total:0.000}[/] ({right}/{total})");
        if (right < total) console.Write(misses);
        return ExitCodes.Ok;
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string When(TimeSpan? t) => t is TimeSpan v ? MediaClock.Format(v) : "anywhere";

    private async Task<int> FailAsync(string message)
    {
        await stderr.WriteLineAsync($"error: {message}").ConfigureAwait(false);
        return ExitCodes.BadInput;
    }
}

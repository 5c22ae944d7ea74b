using System.Globalization;
using InterviewBot.Training.Corpus;
using InterviewBot.Training.Evaluation;
using InterviewBot.Training.Learning;
using Spectre.Console;

namespace InterviewBot.Cli.Eval;

/// <summary>
/// <c>interviewbot eval --utterances FILE --folds source</c>: leave-one-source-out cross-validation of rules,
/// model and hybrid side by side; prints per-label precision, recall, support and the worst source, and can
/// write the report JSON that is committed with the model.
/// </summary>
internal sealed class CrossValidationRunner(IAnsiConsole console, TextWriter stderr)
{
    public async Task<int> RunAsync(string path, string? trainAlso, string? reportPath, int seed, CancellationToken cancellationToken)
    {
        CorpusFiles files;
        CorpusFiles? also = null;
        try
        {
            files = CorpusFiles.Resolve(path);
            if (trainAlso is not null) also = CorpusFiles.Resolve(trainAlso);
        }
        catch (FileNotFoundException ex)
        {
            return await FailAsync(ex.Message).ConfigureAwait(false);
        }
        var (items, errors) = await files.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0) return await FailAsync($"{errors[0]} ({errors.Count} bad lines in all)").ConfigureAwait(false);
        if (items.Count == 0) return await FailAsync($"{path}: no utterances").ConfigureAwait(false);
        IReadOnlyList<PreparedItem> extra = [];
        if (also is not null)
        {
            var (alsoItems, alsoErrors) = await also.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (alsoErrors.Count > 0) return await FailAsync($"{alsoErrors[0]} ({alsoErrors.Count} bad lines in all)").ConfigureAwait(false);
            extra = PreparedItem.PrepareAll(alsoItems);
        }

        var prepared = PreparedItem.PrepareAll(items);
        var folds = FoldPlan.BySource(prepared);
        var split = items.All(i => i.Group is null)
            ? $"no study or source field: {FoldPlan.HashFolds} folds by id hash"
            : $"leave-one-source-out: {folds.Count} sources (study, else source)";
        var trainer = new ClassifierTrainer(seed, TrainRunner.DefaultPrecisionTarget);
        cancellationToken.ThrowIfCancellationRequested();
        // The train-also set joins every training fold (what ships is trained on it too) and is never scored.
        var results = CrossValidation.Run(prepared, folds, train => trainer.Train([.. train, .. extra]));

        console.MarkupLine($"[bold]{items.Count}[/] utterances from {Markup.Escape(path)}; {Markup.Escape(split)}; every figure is on a held-out fold" +
            (also is null ? "" : $"; every training fold also has {extra.Count} from {Markup.Escape(trainAlso!)} (never scored)"));
        var table = new Table().AddColumns("label", "support", "rules P / R", "model P / R", "hybrid P / R", "shipped P / R", "modes chosen", "worst source (shipped P / R, support)");
        foreach (var r in results)
        {
            var worst = r.WorstSource is { } w ? $"{w.Source} ({PR(w.Counts)}, {w.Counts.Support})" : "-";
            var modes = string.Join(' ', r.ModesChosen.Select(kv => $"{kv.Key.ToString().ToLowerInvariant()}×{kv.Value}"));
            table.AddRow(r.Id, r.Chosen.Support.ToString(CultureInfo.InvariantCulture), PR(r.Rules), PR(r.Model), PR(r.Hybrid), PR(r.Chosen), modes, Markup.Escape(worst));
        }
        console.Write(table);
        if (reportPath is not null)
        {
            var all = also is null ? files : files.Concat(also);
            var report = new CvReport(all.Paths.Select(TrainRunner.RepoPath).ToArray(), await all.Sha256Async(cancellationToken).ConfigureAwait(false),
                split, folds.Select(f => f.Name).ToArray(), items.Count, seed, TrainRunner.DefaultPrecisionTarget, results,
                also?.Paths.Select(TrainRunner.RepoPath).ToArray());
            await File.WriteAllTextAsync(reportPath, CvReportJson.Write(report), cancellationToken).ConfigureAwait(false);
            console.MarkupLine($"wrote {Markup.Escape(reportPath)}");
        }
        return ExitCodes.Ok;
    }

    private static string PR(LabelCounts c) =>
        string.Create(CultureInfo.InvariantCulture, $"{c.Precision:0.00} / {c.Recall:0.00}");

    private async Task<int> FailAsync(string message)
    {
        await stderr.WriteLineAsync($"error: {message}").ConfigureAwait(false);
        return ExitCodes.BadInput;
    }
}

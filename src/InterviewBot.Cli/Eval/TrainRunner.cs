using System.Diagnostics;
using System.Globalization;
using InterviewBot.Core.Coaching.Classification.Model;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Training.Corpus;
using InterviewBot.Training.Learning;
using Spectre.Console;

namespace InterviewBot.Cli.Eval;

/// <summary>
/// <c>interviewbot train</c>: fits the classifier on the corpus (and the dev set) with a fixed seed and writes
/// the model file the core embeds, with the SHA-256 of what it was trained on.
/// </summary>
internal sealed class TrainRunner(IAnsiConsole console, TextWriter stderr)
{
    public const string DefaultCorpus = "data/real-speech";
    public const string DefaultDev = "tests/data/utterances.dev.jsonl";
    public const string DefaultOut = "src/InterviewBot.Core/Coaching/Classification/Model/classifier-model.json";
    public const int DefaultSeed = 17;
    public const double DefaultPrecisionTarget = 0.90;

    public async Task<int> RunAsync(string corpus, string? dev, string output, int seed, CancellationToken cancellationToken)
    {
        CorpusFiles files;
        try
        {
            files = CorpusFiles.Resolve(corpus);
            if (dev is not null && dev != "none") files = files.Concat(CorpusFiles.Resolve(dev));
        }
        catch (FileNotFoundException ex)
        {
            return await FailAsync(ex.Message).ConfigureAwait(false);
        }
        var (items, errors) = await files.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0) return await FailAsync($"{errors[0]} ({errors.Count} bad lines in all)").ConfigureAwait(false);
        if (items.Count == 0) return await FailAsync("no labelled utterances to train on").ConfigureAwait(false);

        var start = Stopwatch.GetTimestamp();
        var sha = await files.Sha256Async(cancellationToken).ConfigureAwait(false);
        var trainedOn = string.Join(';', files.Paths.Select(RepoPath));
        var trained = new ClassifierTrainer(seed, DefaultPrecisionTarget).Train(PreparedItem.PrepareAll(items), sha, trainedOn);
        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (directory is not null) Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(output, ModelFileJson.Write(trained.Shipped), cancellationToken).ConfigureAwait(false);

        var table = new Table().AddColumns("label", "mode", "threshold", "weights");
        foreach (var l in trained.Shipped.Labels)
            table.AddRow(LabelIds.IdOf(l.Label), l.Mode.ToString().ToLowerInvariant(), l.Mode == LabelMode.Rules ? "-" : l.Threshold.ToString("0.000", CultureInfo.InvariantCulture), l.Weights.Count.ToString(CultureInfo.InvariantCulture));
        console.MarkupLine($"trained on [bold]{items.Count}[/] utterances from {Markup.Escape(trainedOn)} (sha256 {sha[..12]}…, seed {seed}) in {Stopwatch.GetElapsedTime(start).TotalSeconds:0.0} s");
        console.Write(table);
        console.MarkupLine($"wrote {Markup.Escape(output)}; rebuild to embed it");
        return ExitCodes.Ok;
    }

    /// <summary>Paths as the repository spells them (relative, forward slashes), so the model file reads the same on every machine.</summary>
    public static string RepoPath(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');

    private async Task<int> FailAsync(string message)
    {
        await stderr.WriteLineAsync($"error: {message}").ConfigureAwait(false);
        return ExitCodes.BadInput;
    }
}

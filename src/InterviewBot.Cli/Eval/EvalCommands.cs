using System.CommandLine;
using InterviewBot.Cli.Synthesis;
using Spectre.Console;

namespace InterviewBot.Cli.Eval;

/// <summary>The quality commands: <c>eval</c> (labels, cross-validation, scenarios, goals) and <c>train</c>.</summary>
internal static class EvalCommands
{
    public static Command Eval(IAnsiConsole console, TextWriter stderr)
    {
        var utterances = new Option<string?>("--utterances") { Description = "A labelled utterance set (JSON lines with gold \"labels\" and \"tags\", or a folder of them): prints precision, recall, F1 and confusions." };
        var scenarios = new Option<string?>("--scenarios") { Description = "A folder with transcripts and an expectations.json: replays each and checks must/must-not nudges." };
        var goals = new Option<string?>("--goals") { Description = "Goal sentences with their kind (JSON lines {\"goal\", \"kind\"}): prints kind-detection accuracy." };
        var folds = new Option<string?>("--folds") { Description = "With --utterances: 'source' cross-validates (leave one study or source out; k=5 by id hash when the set has none) rules, model and hybrid side by side." };
        folds.AcceptOnlyFromAmong("source");
        var report = new Option<string?>("--report") { Description = "With --folds: also write the cross-validation report as JSON to this file." };
        var trainAlso = new Option<string?>("--train-also") { Description = "With --folds: labelled utterances added to every training fold and never scored (the shipped model is trained on the corpus and the dev set together)." };
        var seed = new Option<int>("--seed") { Description = "Training seed for --folds.", DefaultValueFactory = _ => TrainRunner.DefaultSeed };
        var snapshots = new Option<string?>("--snapshots") { Description = "A folder of transcripts with facts/NAME.json fact lists: writes each snapshot and prints facts recalled, repeated quotes and sections without a fact." };
        var snapshotsOut = new Option<string?>("--out") { Description = "With --snapshots: also write each NAME.snapshot.md here." };
        var synthesis = new Option<string?>("--synthesis") { Description = "A folder with a synthesis.json: prints theme recall against themes written by hand and how many themes rest on one interview." };
        var themes = new Option<string>("--themes") { Description = "With --synthesis: the written themes.", DefaultValueFactory = _ => SynthesisEvalRunner.DefaultThemes };
        var command = new Command("eval", "Measure coaching quality against labelled data.") { utterances, scenarios, goals, folds, report, trainAlso, seed, snapshots, snapshotsOut, synthesis, themes };
        command.Validators.Add(r =>
        {
            var given = new[] { r.GetResult(utterances), r.GetResult(scenarios), r.GetResult(goals), r.GetResult(snapshots), r.GetResult(synthesis) }.Count(x => x is not null);
            if (given != 1) r.AddError("give exactly one of --utterances FILE, --scenarios DIR, --goals FILE, --snapshots DIR or --synthesis DIR");
            if (r.GetResult(folds) is not null && r.GetResult(utterances) is null) r.AddError("--folds needs --utterances FILE");
            if (r.GetResult(report) is not null && r.GetResult(folds) is null) r.AddError("--report needs --folds source");
            if (r.GetResult(trainAlso) is not null && r.GetResult(folds) is null) r.AddError("--train-also needs --folds source");
        });
        command.SetAction((result, ct) =>
        {
            if (result.GetValue(synthesis) is { } synthesisDir) return new SynthesisEvalRunner(console, stderr).RunAsync(synthesisDir, result.GetValue(themes)!, ct);
            if (result.GetValue(snapshots) is { } snapshotDir) return new SnapshotEvalRunner(console, stderr).RunAsync(snapshotDir, result.GetValue(snapshotsOut), ct);
            var runner = new EvalRunner(console, stderr);
            if (result.GetValue(utterances) is { } file)
            {
                return result.GetValue(folds) is null
                    ? runner.UtterancesAsync(file, ct)
                    : new CrossValidationRunner(console, stderr).RunAsync(file, result.GetValue(trainAlso), result.GetValue(report), result.GetValue(seed), ct);
            }
            if (result.GetValue(goals) is { } goalFile) return runner.GoalsAsync(goalFile, ct);
            return runner.ScenariosAsync(result.GetValue(scenarios)!, ct);
        });
        return command;
    }

    public static Command Train(IAnsiConsole console, TextWriter stderr)
    {
        var corpus = new Option<string>("--corpus") { Description = "The labelled real-speech corpus: a JSONL file or a folder of them.", DefaultValueFactory = _ => TrainRunner.DefaultCorpus };
        var dev = new Option<string>("--dev") { Description = "The dev set, trained on as one more source ('none' to leave it out).", DefaultValueFactory = _ => TrainRunner.DefaultDev };
        var output = new Option<string>("--out") { Description = "Where to write the model file the core embeds.", DefaultValueFactory = _ => TrainRunner.DefaultOut };
        var trainAlso = new Option<string?>("--train-also") { Description = "With --folds: labelled utterances added to every training fold and never scored (the shipped model is trained on the corpus and the dev set together)." };
        var seed = new Option<int>("--seed") { Description = "Training seed: the same data and seed give the same model.", DefaultValueFactory = _ => TrainRunner.DefaultSeed };
        var command = new Command("train", "Train the classifier (run from the repository root) and write the model file with the SHA-256 of its training data.") { corpus, dev, output, seed };
        command.SetAction((result, ct) => new TrainRunner(console, stderr).RunAsync(result.GetValue(corpus)!, result.GetValue(dev), result.GetValue(output)!, result.GetValue(seed), ct));
        return command;
    }
}

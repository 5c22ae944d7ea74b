using System.Text.Json;
using InterviewBot.Cli.Output;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Labels;

namespace InterviewBot.Cli.Analyze;

/// <summary>
/// Labels every utterance of a JSON-lines file and prints one result line per input. A bad line is
/// reported with its number and skipped; the good lines are still printed, and the exit code says 2.
/// </summary>
internal sealed class AnalyzeRunner(TextWriter stdout, TextWriter stderr)
{
    public async Task<int> RunAsync(string path, CancellationToken cancellationToken)
    {
        var read = await InputFile.ReadTextAsync(path, cancellationToken).ConfigureAwait(false);
        if (read.Error is { } readError)
        {
            await stderr.WriteLineAsync($"error: {readError}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        var (inputs, errors) = AnalyzeInput.ReadAll(read.Text!, path);
        foreach (var error in errors) await stderr.WriteLineAsync($"error: {error}").ConfigureAwait(false);
        foreach (var input in inputs)
        {
            var c = CoachFactory.Classifier.Classify(input.Text, input.Role, input.Context);
            var result = new AnalyzeLine(input.Id, LabelIds.ToIds(c.Labels), LabelIds.ToIds(c.Tags));
            await stdout.WriteLineAsync(JsonSerializer.Serialize(result, CliJsonContext.Readable.AnalyzeLine)).ConfigureAwait(false);
        }
        var good = inputs.Count;
        var bad = errors.Count;
        if (good == 0 && bad == 0)
        {
            await stderr.WriteLineAsync($"error: {path}: no utterances; expected one JSON object per line").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        return bad > 0 ? ExitCodes.BadInput : ExitCodes.Ok;
    }
}

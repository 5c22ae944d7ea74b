using System.Diagnostics;
using InterviewBot.Cli.Output;
using InterviewBot.Cli.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Transcripts;
using Spectre.Console;

namespace InterviewBot.Cli.Bench;

/// <summary>
/// Times a whole <c>replay --speed max</c> of a long interview, file to files: parse, session, rules,
/// journal and outputs; then the embedded post-call writer alone on the finished session. Prints figures; it asserts nothing.
/// </summary>
internal sealed class BenchRunner(IAnsiConsole console, TextWriter stderr)
{
    public async Task<int> RunAsync(string samplePath, int minutes, int iterations, CancellationToken cancellationToken)
    {
        var read = await InputFile.ReadTextAsync(samplePath, cancellationToken).ConfigureAwait(false);
        if (read.Error is { } error)
        {
            await stderr.WriteLineAsync($"error: {error}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        var parsed = TranscriptParser.Parse(read.Text!, samplePath);
        if (!parsed.IsSuccess)
        {
            await stderr.WriteLineAsync($"error: {parsed.Error}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var work = Directory.CreateTempSubdirectory("interviewbot-bench-");
        try
        {
            var input = Path.Combine(work.FullName, $"interview-{minutes}min.vtt");
            await File.WriteAllTextAsync(input, LongTranscript.BuildVtt(parsed.Transcript, TimeSpan.FromMinutes(minutes)), cancellationToken).ConfigureAwait(false);
            var options = new ReplayOptions(input, null, SessionSetup.Empty with { PlannedMinutes = minutes }, Path.Combine(work.FullName, "out"), ReplaySpeed.Max, OutputFormat.Json);
            var quiet = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) });
            var runner = new ReplayRunner(quiet, TextWriter.Null, stderr, TimeProvider.System, PostCallWriters.Embedded);

            // Warm-up: JIT and regex compilation are start-up costs, not per-interview ones.
            var warm = await runner.RunAsync(options, cancellationToken).ConfigureAwait(false);
            if (warm.Session is null) return warm.ExitCode;

            var times = new List<double>(iterations);
            long allocated = 0;
            for (var i = 0; i < iterations; i++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var start = Stopwatch.GetTimestamp();
                await runner.RunAsync(options, cancellationToken).ConfigureAwait(false);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
            }
            times.Sort();
            // The embedded post-call writer alone on the finished session (snapshot, scorecard, stats, email).
            var writer = new InterviewBot.Core.PostCall.EmbeddedPostCallWriter();
            writer.Write(warm.Session);
            var writes = new List<double>(iterations);
            for (var i = 0; i < iterations; i++)
            {
                var start = Stopwatch.GetTimestamp();
                writer.Write(warm.Session);
                writes.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            writes.Sort();
            var table = new Table().AddColumns("figure", "value");
            table.AddRow("transcript", $"{minutes} min, {warm.Session.Utterances.Count} utterances, {warm.Session.Nudges.Count} nudges");
            table.AddRow("iterations", iterations.ToString());
            table.AddRow("replay --speed max, median", $"{times[times.Count / 2]:0.0} ms");
            table.AddRow("replay --speed max, min / max", $"{times[0]:0.0} / {times[^1]:0.0} ms");
            table.AddRow("embedded post-call writer, median", $"{writes[writes.Count / 2]:0.0} ms");
            table.AddRow("embedded post-call writer, min / max", $"{writes[0]:0.0} / {writes[^1]:0.0} ms");
            table.AddRow("utterances per second (median)", $"{warm.Session.Utterances.Count / (times[times.Count / 2] / 1000):0}");
            table.AddRow("allocated per replay (process)", $"{allocated / iterations / 1024.0 / 1024.0:0.0} MiB");
            console.Write(table);
            return ExitCodes.Ok;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}

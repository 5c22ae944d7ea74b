using System.CommandLine;
using System.CommandLine.Parsing;
using InterviewBot.Cli.Analyze;
using InterviewBot.Cli.Bench;
using InterviewBot.Cli.Eval;
using InterviewBot.Cli.Output;
using InterviewBot.Cli.Prep;
using InterviewBot.Cli.Replay;
using InterviewBot.Cli.Synthesis;
using InterviewBot.Cli.Report;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Prep;
using InterviewBot.Core.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace InterviewBot.Cli;

/// <summary>The <c>interviewbot</c> command line: replay, analyze, bench. Hosts only wire adapters to the core.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time, CancellationToken cancellationToken,
        IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        // Built on first use: only replay and report need the post-call writer and the nudge policy (and their configuration).
        ServiceProvider? services = null;
        ServiceProvider Services(string? configFile) => services ??= CliServices.Build(stderr, settings, configFile);
        PostCallWriters PostCall() => CliServices.PostCall(Services(null));
        var terminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        // Piped output is read by tools and files, not a terminal: never wrap it.
        if (!terminal) console.Profile.Width = 4096;
        var root = new RootCommand("InterviewBot: a coach for customer interviews. Replays recorded interviews offline and shows what the coach would have said.")
        {
            ReplayCommand(console, stdout, stderr, time, Services),
            AnalyzeCommand(stdout, stderr),
            BenchCommand(console, stderr),
            EvalCommands.Eval(console, stderr),
            EvalCommands.Train(console, stderr),
            ReportCommand(console, stderr, PostCall),
            PrepCommand(console, stderr),
            SynthesizeCommand(console, stderr, () => Services(null).GetRequiredService<ISynthesisWriter>()),
        };
        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors)
                {
                    var where = error.SymbolResult is OptionResult option ? $"{option.Option.Name}: " : "";
                    await stderr.WriteLineAsync($"error: {where}{error.Message}").ConfigureAwait(false);
                }
                await stderr.WriteLineAsync("Run 'interviewbot --help' for usage.").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
        }
        catch (OptionsValidationException ex)
        {
            await stderr.WriteLineAsync($"configuration error: {string.Join("; ", ex.Failures)}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("cancelled").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
#pragma warning disable CA1031 // the host's last line: any bug becomes exit code 1 with a message, never a stack dump for users
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await stderr.WriteLineAsync($"internal error: {ex.GetType().Name}: {ex.Message}{(Environment.GetEnvironmentVariable("INTERVIEWBOT_TRACE") is null ? "" : "\n" + ex)}").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
        finally
        {
            if (services is not null) await services.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static Command ReplayCommand(IAnsiConsole console, TextWriter stdout, TextWriter stderr, TimeProvider time, Func<string?, ServiceProvider> services)
    {
        var file = new Argument<string?>("file")
        {
            Description = "A recorded interview: Teams or Zoom WebVTT, JSONL utterances, or a WAV with one channel per speaker.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var interviewer = new Option<string?>("--interviewer") { Description = "Who is being coached (a speaker name). Default: the first speaker." };
        var intervieweeName = new Option<string?>("--interviewee-name") { Description = "The interviewee's name as it should appear in artefacts." };
        var company = new Option<string?>("--company") { Description = "The interviewee's company." };
        var goal = new Option<string?>("--goal") { Description = "What the interview is for, in one sentence." };
        var planned = PlannedMinutesOption();
        var kind = KindOption();
        var outDir = new Option<string?>("--out") { Description = "Output folder. Default: ./out/<file-stem>/" };
        var speed = new Option<string>("--speed") { Description = "Media time against the wall clock: 1, 10 or max.", DefaultValueFactory = _ => "max" };
        speed.AcceptOnlyFromAmong("1", "10", "max");
        var format = new Option<string>("--format") { Description = "Standard output: a text timeline, or one JSON nudge per line.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");

        var contentPack = new Option<bool>("--content-pack") { Description = "Also draft the content pack (always on for case-study interviews)." };
        var speakers = new Option<string?>("--speakers") { Description = "For audio: the speakers' names in channel (or --audio) order, comma-separated." };
        var audio = new Option<string[]>("--audio") { Description = "Instead of FILE: one mono WAV per speaker, repeated (--audio a.wav --audio b.wav); names default to the file names." };
        var config = new Option<string?>("--config") { Description = "A JSON settings file on top of appsettings.json (Coach:Nudges, PostCall, Speech), as the server reads them." };
        var command = new Command("replay", "Replay a recorded interview and print the nudges on its timeline; write nudges, labelled utterances, transcript, journal and post-call artefacts.")
        {
            file, interviewer, intervieweeName, company, goal, planned, kind, outDir, speed, format, contentPack, speakers, audio, config,
        };
        command.Validators.Add(r =>
        {
            var tracks = r.GetValue(audio) ?? [];
            if (r.GetValue(file) is null && tracks.Length == 0) r.AddError("give a recording to replay: FILE, or --audio once per speaker");
            else if (r.GetValue(file) is not null && tracks.Length > 0) r.AddError("give either FILE or --audio files, not both");
            if (r.GetValue(config) is { } c && !File.Exists(c)) r.AddError($"--config: no such file: {c}");
        });
        command.SetAction(async (result, ct) =>
        {
            var tracks = result.GetValue(audio) is { Length: > 0 } a ? a : null;
            var options = new ReplayOptions(
                result.GetValue(file) ?? tracks![0],
                result.GetValue(interviewer),
                new SessionSetup(result.GetValue(goal), result.GetValue(intervieweeName), result.GetValue(company), result.GetValue(planned),
                    ParseKind(result.GetValue(kind)) ?? (result.GetValue(goal) is { } g ? InterviewKindClassifier.Classify(g) : null)),
                result.GetValue(outDir),
                result.GetValue(speed) switch { "1" => ReplaySpeed.RealTime, "10" => ReplaySpeed.TenTimes, _ => ReplaySpeed.Max },
                result.GetValue(format) == "json" ? OutputFormat.Json : OutputFormat.Text,
                result.GetValue(contentPack),
                result.GetValue(speakers)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                tracks);
            var configured = services(result.GetValue(config));
            var outcome = await new ReplayRunner(console, stdout, stderr, time, CliServices.PostCall(configured), CliServices.NudgePolicy(configured)).RunAsync(options, ct)
                .ConfigureAwait(false);
            return outcome.ExitCode;
        });
        return command;
    }

    private static Command AnalyzeCommand(TextWriter stdout, TextWriter stderr)
    {
        var utterances = new Option<string>("--utterances") { Description = "JSON lines: {\"id\", \"role\", \"text\", \"context\"?}.", Required = true };
        var command = new Command("analyze", "Label utterances with the coaching classifier; prints {\"id\",\"labels\",\"tags\"} per line.") { utterances };
        command.SetAction((result, ct) => new AnalyzeRunner(stdout, stderr).RunAsync(result.GetValue(utterances)!, ct));
        return command;
    }

    private static Command ReportCommand(IAnsiConsole console, TextWriter stderr, Func<PostCallWriters> postCall)
    {
        var file = new Argument<string>("file") { Description = "A transcript (WebVTT, JSONL) or a session journal (*.journal.jsonl)." };
        var interviewer = new Option<string?>("--interviewer") { Description = "Who interviewed (transcripts only). Default: the first speaker." };
        var intervieweeName = new Option<string?>("--interviewee-name") { Description = "The interviewee's name as it should appear in artefacts." };
        var company = new Option<string?>("--company") { Description = "The interviewee's company." };
        var goal = new Option<string?>("--goal") { Description = "What the interview was for." };
        var outDir = new Option<string?>("--out") { Description = "Output folder. Default: ./out/<file-stem>/" };
        var kind = KindOption();
        var contentPack = new Option<bool>("--content-pack") { Description = "Also draft the content pack (always on for case-study interviews)." };
        var command = new Command("report", "Write the post-call artefacts (snapshot, report, email, content pack) from a transcript or a journal, without replaying nudges.")
        {
            file, interviewer, intervieweeName, company, goal, kind, outDir, contentPack,
        };
        command.SetAction((result, ct) => new ReportRunner(console, stderr, postCall()).RunAsync(
            result.GetValue(file)!, result.GetValue(interviewer),
            new SessionSetup(result.GetValue(goal), result.GetValue(intervieweeName), result.GetValue(company),
                Kind: ParseKind(result.GetValue(kind)) ?? (result.GetValue(goal) is { } g ? InterviewKindClassifier.Classify(g) : null)),
            result.GetValue(outDir), result.GetValue(contentPack), ct));
        return command;
    }

    private static Command SynthesizeCommand(IAnsiConsole console, TextWriter stderr, Func<ISynthesisWriter> writer)
    {
        var folders = new Argument<string[]>("dir") { Description = "Finished interviews' output folders (each with a report.json), two or more.", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<string>("--out") { Description = "Where to write synthesis.md and synthesis.json.", DefaultValueFactory = _ => Path.Combine("out", "synthesis") };
        var command = new Command("synthesize", "Find the themes heard across several interviews, with verbatim quotes; a pattern heard once is a lead.") { folders, outDir };
        command.SetAction((result, ct) => new SynthesizeRunner(console, stderr, writer).RunAsync(result.GetValue(folders)!, result.GetValue(outDir)!, ct));
        return command;
    }

    private static Command PrepCommand(IAnsiConsole console, TextWriter stderr)
    {
        var goal = new Option<string>("--goal") { Description = "What the interview is for, in one sentence.", Required = true };
        var kind = KindOption();
        var interviewee = new Option<string?>("--interviewee") { Description = "Who you will interview." };
        var company = new Option<string?>("--company") { Description = "Their company." };
        var planned = PlannedMinutesOption();
        var outDir = new Option<string?>("--out") { Description = "Output folder for guide.md. Default: ./out/prep/" };
        var command = new Command("prep", "Draft the discussion guide: one question per part of the interview, with probes and minutes.")
        {
            goal, kind, interviewee, company, planned, outDir,
        };
        command.SetAction((result, ct) => new PrepRunner(console, stderr).RunAsync(result.GetValue(goal)!, ParseKind(result.GetValue(kind)),
            result.GetValue(interviewee), result.GetValue(company), result.GetValue(planned), result.GetValue(outDir), ct));
        return command;
    }

    private static Option<string?> KindOption()
    {
        var kind = new Option<string?>("--kind") { Description = "Interview kind: discovery, case_study or validation (default: detected from the goal; discovery without one)." };
        kind.AcceptOnlyFromAmong("discovery", "case_study", "validation");
        return kind;
    }

    private static Option<int?> PlannedMinutesOption()
    {
        var planned = new Option<int?>("--planned-minutes") { Description = "Planned length in minutes." };
        planned.CustomParser = r =>
        {
            var token = r.Tokens.Count == 1 ? r.Tokens[0].Value : "";
            if (int.TryParse(token, out var m) && m is >= 1 and <= 600) return m;
            r.AddError($"--planned-minutes must be a whole number from 1 to 600, not '{token}'");
            return null;
        };
        return planned;
    }

    private static InterviewKind? ParseKind(string? kind) => InterviewKinds.Parse(kind);

    private static Command BenchCommand(IAnsiConsole console, TextWriter stderr)
    {
        var sample = new Option<string>("--sample")
        {
            Description = "The interview to repeat into a long one.",
            DefaultValueFactory = _ => Path.Combine(AppContext.BaseDirectory, "samples", "bakery-bad.vtt"),
        };
        var minutes = new Option<int>("--minutes") { Description = "Length of the benchmark interview.", DefaultValueFactory = _ => 45 };
        var iterations = new Option<int>("--iterations") { Description = "Timed runs after one warm-up.", DefaultValueFactory = _ => 20 };
        var command = new Command("bench", "Time a full replay (--speed max, outputs included) of a long interview and print the figures.") { sample, minutes, iterations };
        command.SetAction((result, ct) => new BenchRunner(console, stderr).RunAsync(result.GetValue(sample)!, result.GetValue(minutes), Math.Max(1, result.GetValue(iterations)), ct));
        return command;
    }
}

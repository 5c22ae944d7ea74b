using InterviewBot.Core.PostCall.Rendering;
using InterviewBot.Cli.Output;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Transcripts;
using InterviewBot.Local.Journal;
using Spectre.Console;

namespace InterviewBot.Cli.Replay;

/// <summary>
/// Replays a recorded interview through a live-shaped session: the same runner, journal and rules a
/// call uses, fed from the transcript on media time, then writes the outputs.
/// </summary>
internal sealed class ReplayRunner(IAnsiConsole console, TextWriter stdout, TextWriter stderr, TimeProvider time, PostCallWriters postCall)
{
    public async Task<ReplayOutcome> RunAsync(ReplayOptions options, CancellationToken cancellationToken)
    {
        var read = await InputFile.ReadTextAsync(options.File, cancellationToken).ConfigureAwait(false);
        if (read.Error is { } readError) return Fail(readError);
        var parsed = TranscriptParser.Parse(read.Text!, options.File);
        if (!parsed.IsSuccess) return Fail(parsed.Error.ToString());
        var transcript = parsed.Transcript;

        var cast = TranscriptSession.Participants(transcript, options.Interviewer);
        if (cast.Error is { } castError) return Fail(castError);
        var setup = options.Setup.IntervieweeName is null
            ? options.Setup with { IntervieweeName = cast.Participants.FirstOrDefault(p => p.Role == ParticipantRole.Interviewee)?.DisplayName }
            : options.Setup;

        var sessionId = SessionIds.FromFileName(options.File);
        var outDir = options.OutDirectory ?? Path.Combine("out", sessionId);
        Directory.CreateDirectory(outDir);
        var journalOptions = new LocalJournalOptions { Directory = outDir };
        await using var journal = new LocalFileJournal(journalOptions);
        File.Delete(journal.PathOf(sessionId)); // a replay is a new session, not a resumed one

        var session = CoachFactory.CreateSession();
        var sink = new ConsoleNudgeSink(console, stdout, options.Format, session.NameOf);
        var runner = new SessionRunner(session, sessionId, journal, [sink]);
        var events = TranscriptSession.Events(transcript, sessionId, setup, cast.Participants);

        if (options.Format == OutputFormat.Text) PrintHeader(transcript, cast.Participants, options.Speed);
        var consuming = runner.RunAsync(cancellationToken);
        var pacer = new MediaPacer(time, options.Speed);
        async Task PostAllAsync(Action<TimeSpan> progress)
        {
            foreach (var e in events)
            {
                await pacer.WaitUntilAsync(e.At, cancellationToken).ConfigureAwait(false);
                await runner.PostAsync(e, cancellationToken).ConfigureAwait(false);
                progress(e.At);
            }
            runner.Complete();
            await consuming.ConfigureAwait(false);
        }

        if (ShowsProgress(options, transcript))
        {
            // Nudges written while the bar is live appear above it: Spectre re-renders the bar after each write.
            await console.Progress().AutoClear(true).HideCompleted(true).StartAsync(async ctx =>
            {
                var bar = ctx.AddTask("media time", maxValue: transcript.Duration.TotalSeconds);
                await PostAllAsync(at => bar.Value = at.TotalSeconds).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        else
        {
            await PostAllAsync(_ => { }).ConfigureAwait(false);
        }

        var written = await SessionOutputWriter.WriteAsync(outDir, session, postCall, options.ContentPack, cancellationToken).ConfigureAwait(false);
        if (options.Format == OutputFormat.Text)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{session.Nudges.Count}[/] nudges over {MediaClock.Format(transcript.Duration)}. Wrote [blue]{Markup.Escape(outDir)}[/]: " +
                Markup.Escape(string.Join(", ", written.Append(Path.GetFileName(journal.PathOf(sessionId))))));
        }
        return new ReplayOutcome(ExitCodes.Ok, session, outDir);
    }

    /// <summary>A bar only helps a person watching a paced replay of a long file in a terminal.</summary>
    private bool ShowsProgress(ReplayOptions options, Transcript transcript) =>
        options.Format == OutputFormat.Text && options.Speed != ReplaySpeed.Max
        && console.Profile.Capabilities.Interactive && transcript.Duration > TimeSpan.FromMinutes(2);

    private void PrintHeader(Transcript transcript, IReadOnlyList<Participant> participants, ReplaySpeed speed)
    {
        var interviewer = participants.First(p => p.Role == ParticipantRole.Interviewer).DisplayName;
        var format = transcript.Format switch
        {
            TranscriptFormat.TeamsVtt => "Teams WebVTT",
            TranscriptFormat.ZoomVtt => "Zoom WebVTT",
            _ => "JSONL",
        };
        var pace = speed == ReplaySpeed.Max ? "max speed" : $"{(int)speed}× speed";
        console.MarkupLine($"Replaying [bold]{Markup.Escape(Path.GetFileName(transcript.Source))}[/] ({format}, {transcript.Cues.Count} cues, " +
            $"{MediaClock.Format(transcript.Duration)}) at {pace}; coaching [bold]{Markup.Escape(interviewer)}[/].");
        console.WriteLine();
    }

    private ReplayOutcome Fail(string message)
    {
        stderr.WriteLine($"error: {message}");
        return new ReplayOutcome(ExitCodes.BadInput, null, null);
    }
}

/// <summary>How a replay ended: its exit code and, on success, the session and where its files went.</summary>
internal sealed record ReplayOutcome(int ExitCode, ISessionView? Session, string? OutDirectory);

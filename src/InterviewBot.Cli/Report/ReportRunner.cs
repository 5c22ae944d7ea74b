using InterviewBot.Core.PostCall.Rendering;
using InterviewBot.Cli.Output;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Transcripts;
using Spectre.Console;

namespace InterviewBot.Cli.Report;

/// <summary>
/// Regenerates the post-call artefacts from a transcript, or from a session journal (a crashed or
/// finished live call), without printing nudges. A journal's damaged lines are reported, not fatal.
/// </summary>
internal sealed class ReportRunner(IAnsiConsole console, TextWriter stderr, PostCallWriters postCall)
{
    public async Task<int> RunAsync(string file, string? interviewer, SessionSetup setup, string? outDirectory, bool contentPack, CancellationToken cancellationToken)
    {
        var read = await InputFile.ReadTextAsync(file, cancellationToken).ConfigureAwait(false);
        if (read.Error is { } readError) return await FailAsync(readError).ConfigureAwait(false);

        InterviewSession session;
        if (IsJournal(read.Text!))
        {
            var journal = JournalCodec.Decode(System.Text.Encoding.UTF8.GetBytes(read.Text!));
            foreach (var d in journal.Defects)
                await stderr.WriteLineAsync($"warning: {file}:{d.Line}: skipped a damaged journal line ({d.Reason})").ConfigureAwait(false);
            if (journal.Events.Count == 0) return await FailAsync($"{file}: no readable events in this journal").ConfigureAwait(false);
            session = SessionRebuilder.Rebuild(journal.Events, CoachFactory.CreateSession()).Session;
            if (session.Status == SessionStatus.Created) return await FailAsync($"{file}: the journal has no session_started event").ConfigureAwait(false);
        }
        else
        {
            var parsed = TranscriptParser.Parse(read.Text!, file);
            if (!parsed.IsSuccess) return await FailAsync(parsed.Error.ToString()).ConfigureAwait(false);
            var replay = TranscriptReplay.Run(parsed.Transcript, interviewer, setup, SessionIds.FromFileName(file));
            if (replay.Error is { } error) return await FailAsync(error).ConfigureAwait(false);
            session = replay.Session!;
        }

        var outDir = outDirectory ?? Path.Combine("out", SessionIds.FromFileName(file.Replace(".journal", "", StringComparison.Ordinal)));
        Directory.CreateDirectory(outDir);
        var written = await SessionOutputWriter.WriteAsync(outDir, session, postCall, contentPack, cancellationToken).ConfigureAwait(false);
        console.MarkupLine($"Report for [bold]{Markup.Escape(session.NameOf(session.Participants.Values.FirstOrDefault(p => p.Role == ParticipantRole.Interviewee)?.Id ?? ""))}[/] " +
            $"({MediaClock.Format(session.Now)}). Wrote [blue]{Markup.Escape(outDir)}[/]: {Markup.Escape(string.Join(", ", written))}");
        return ExitCodes.Ok;
    }

    /// <summary>A journal's first line is an event object with a "type"; a transcript starts with WEBVTT or an utterance.</summary>
    private static bool IsJournal(string text)
    {
        var first = text.TrimStart('\uFEFF').TrimStart();
        return first.StartsWith("{\"type\":", StringComparison.Ordinal);
    }

    private async Task<int> FailAsync(string message)
    {
        await stderr.WriteLineAsync($"error: {message}").ConfigureAwait(false);
        return ExitCodes.BadInput;
    }
}

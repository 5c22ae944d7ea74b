using InterviewBot.Core.PostCall.Rendering;
using InterviewBot.Cli.Output;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Policy;
using InterviewBot.Core.Audio.Wav;
using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Core.Transcripts;
using InterviewBot.Local.Journal;
using Spectre.Console;

namespace InterviewBot.Cli.Replay;

/// <summary>
/// Replays a recorded interview through a live-shaped session: the same runner, journal and rules a
/// call uses, fed from the transcript on media time, then writes the outputs.
/// </summary>
internal sealed class ReplayRunner(IAnsiConsole console, TextWriter stdout, TextWriter stderr, TimeProvider time, PostCallWriters postCall,
    NudgePolicyOptions? policy = null)
{
    public async Task<ReplayOutcome> RunAsync(ReplayOptions options, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(options, cancellationToken).ConfigureAwait(false);
        if (prepared.Error is { } error) return Fail(error);
        var (participants, setupBase, eventsFor, describe) = prepared.Value!;
        var setup = setupBase.IntervieweeName is null
            ? setupBase with { IntervieweeName = participants.FirstOrDefault(p => p.Role == ParticipantRole.Interviewee)?.DisplayName }
            : setupBase;

        var sessionId = SessionIds.FromFileName(options.File);
        var outDir = options.OutDirectory ?? Path.Combine("out", sessionId);
        Directory.CreateDirectory(outDir);
        var journalOptions = new LocalJournalOptions { Directory = outDir };
        await using var journal = new LocalFileJournal(journalOptions);
        File.Delete(journal.PathOf(sessionId)); // a replay is a new session, not a resumed one

        var session = CoachFactory.CreateSession(policy); // Coach:Nudges, as the server binds it
        var sink = new ConsoleNudgeSink(console, stdout, options.Format, session.NameOf);
        var runner = new SessionRunner(session, sessionId, journal, [sink]);
        var events = await eventsFor(sessionId, setup, cancellationToken).ConfigureAwait(false);
        var duration = events[^1].At;

        if (options.Format == OutputFormat.Text) PrintHeader(describe, participants, duration, options.Speed);
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

        if (ShowsProgress(options, duration))
        {
            // Nudges written while the bar is live appear above it: Spectre re-renders the bar after each write.
            await console.Progress().AutoClear(true).HideCompleted(true).StartAsync(async ctx =>
            {
                var bar = ctx.AddTask("media time", maxValue: duration.TotalSeconds);
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
            console.MarkupLine($"[bold]{session.Nudges.Count}[/] nudges over {MediaClock.Format(duration)}. Wrote [blue]{Markup.Escape(outDir)}[/]: " +
                Markup.Escape(string.Join(", ", written.Append(Path.GetFileName(journal.PathOf(sessionId))))));
        }
        return new ReplayOutcome(ExitCodes.Ok, session, outDir);
    }

    /// <summary>A bar only helps a person watching a paced replay of a long file in a terminal.</summary>
    private bool ShowsProgress(ReplayOptions options, TimeSpan duration) =>
        options.Format == OutputFormat.Text && options.Speed != ReplaySpeed.Max
        && console.Profile.Capabilities.Interactive && duration > TimeSpan.FromMinutes(2);

    private void PrintHeader(string describe, IReadOnlyList<Participant> participants, TimeSpan duration, ReplaySpeed speed)
    {
        var interviewer = participants.First(p => p.Role == ParticipantRole.Interviewer).DisplayName;
        var pace = speed == ReplaySpeed.Max ? "max speed" : $"{(int)speed}× speed";
        console.MarkupLine($"Replaying {Markup.Escape(describe)}, {MediaClock.Format(duration)}, at {pace}; coaching [bold]{Markup.Escape(interviewer)}[/].");
        console.WriteLine();
    }

    private sealed record Prepared(
        IReadOnlyList<Participant> Participants,
        SessionSetup Setup,
        Func<string, SessionSetup, CancellationToken, Task<IReadOnlyList<SessionEvent>>> Events,
        string Describe);

    /// <summary>Reads the recording (transcript or WAV) into the participants and the events of its session.</summary>
    private async Task<(Prepared? Value, string? Error)> PrepareAsync(ReplayOptions options, CancellationToken cancellationToken)
    {
        if (options.AudioTracks is { } tracks) return await PrepareTracksAsync(options, tracks, cancellationToken).ConfigureAwait(false);
        var (bytes, readError) = await InputFile.ReadBytesAsync(options.File, InputFile.MaxAudioBytes, cancellationToken).ConfigureAwait(false);
        if (readError is not null) return (null, readError);
        var name = Path.GetFileName(options.File);
        if (bytes!.AsSpan().StartsWith("RIFF"u8))
        {
            var wav = WavReader.Read(bytes, options.File);
            if (!wav.IsSuccess) return (null, wav.Error);
            var channels = wav.Audio.Channels.Count;
            return PrepareAudio(options, wav.Audio, Enumerable.Range(1, channels).Select(i => $"Speaker {i}").ToArray(),
                $"{name} (WAV, {channels} channel(s), {wav.Audio.SampleRate} Hz)", $"{options.File} has {channels} channel(s)", "channel");
        }

        var (text, textError) = await InputFile.ReadTextAsync(options.File, cancellationToken).ConfigureAwait(false);
        if (textError is not null) return (null, textError);
        var parsed = TranscriptParser.Parse(text!, options.File);
        if (!parsed.IsSuccess) return (null, parsed.Error.ToString());
        var transcript = parsed.Transcript;
        var cast = TranscriptSession.Participants(transcript, options.Interviewer);
        if (cast.Error is { } castError) return (null, castError);
        var format = transcript.Format switch
        {
            TranscriptFormat.TeamsVtt => "Teams WebVTT",
            TranscriptFormat.ZoomVtt => "Zoom WebVTT",
            _ => "JSONL",
        };
        return (new Prepared(cast.Participants, options.Setup, (id, setup, _) => Task.FromResult(TranscriptSession.Events(transcript, id, setup, cast.Participants)),
            $"{name} ({format}, {transcript.Cues.Count} cues)"), null);
    }

    /// <summary>Several mono WAVs, one per speaker, replayed as one recording; names default to the file names.</summary>
    private async Task<(Prepared? Value, string? Error)> PrepareTracksAsync(ReplayOptions options, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var tracks = new List<PcmAudio>();
        foreach (var file in files)
        {
            var (bytes, readError) = await InputFile.ReadBytesAsync(file, InputFile.MaxAudioBytes, cancellationToken).ConfigureAwait(false);
            if (readError is not null) return (null, readError);
            var wav = WavReader.Read(bytes!, file);
            if (!wav.IsSuccess) return (null, wav.Error);
            if (wav.Audio.Channels.Count != 1) return (null, $"{file} has {wav.Audio.Channels.Count} channels; --audio takes one mono WAV per speaker");
            tracks.Add(wav.Audio);
        }
        return PrepareAudio(options, PcmAudio.FromTracks(tracks), files.Select(Path.GetFileNameWithoutExtension).ToArray()!,
            $"{string.Join(" + ", files.Select(Path.GetFileName))} (WAV, one file per speaker)", $"there are {files.Count} --audio files", "--audio file");
    }

    private (Prepared? Value, string? Error) PrepareAudio(ReplayOptions options, PcmAudio audio, IReadOnlyList<string> defaultNames, string describe,
        string howMany, string unit)
    {
        var names = options.Speakers ?? defaultNames;
        if (names.Count != audio.Channels.Count)
            return (null, $"{howMany} but --speakers names {names.Count}; give one name per {unit}, in order");
        var interviewer = options.Interviewer is { } who ? names.FirstOrDefault(n => string.Equals(n, who.Trim(), StringComparison.OrdinalIgnoreCase)) : names[0];
        if (interviewer is null) return (null, $"no speaker named '{options.Interviewer}'; speakers are: {string.Join(", ", names)}");
        var people = names.Select(n => new Participant(n, n, n == interviewer ? ParticipantRole.Interviewer : ParticipantRole.Interviewee)).ToArray();
        var recognizer = postCall.Recognizer;
        if (recognizer is null)
            stderr.WriteLine("note: no speech recognizer is configured, so coaching comes from timing alone (talk ratio, monologue, interruptions); question and answer coaching needs a recognizer (Speech:Endpoint).");
        return (new Prepared(people, options.Setup, (id, setup, ct) => AudioSession.EventsAsync(audio, people, id, setup, recognizer, null, ct), describe), null);
    }

    private ReplayOutcome Fail(string message)
    {
        stderr.WriteLine($"error: {message}");
        return new ReplayOutcome(ExitCodes.BadInput, null, null);
    }
}

/// <summary>How a replay ended: its exit code and, on success, the session and where its files went.</summary>
internal sealed record ReplayOutcome(int ExitCode, ISessionView? Session, string? OutDirectory);

using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Core.Transcripts;

namespace InterviewBot.Teams.Meetings;

/// <summary>
/// The bundled sample interview (samples/bakery-bad.vtt, embedded) replayed into a live session so a new
/// user sees the coach at work without a call. Its interviewer speaks as the Teams interviewer and
/// everyone else as the interviewee; events are paced against the wall clock at a chosen speed.
/// </summary>
public static class DemoInterview
{
    private static readonly Lazy<Transcript> s_sample = new(Load);

    /// <summary>The sample's events for the live session's participants, without its own start and end, shifted to begin at <paramref name="from"/>.</summary>
    public static IReadOnlyList<SessionEvent> Events(string sessionId, SessionSetup setup, string interviewerId, string intervieweeId, TimeSpan from)
    {
        var sample = s_sample.Value;
        var sampleInterviewer = sample.Speakers[0];
        var cues = sample.Cues.Select(c => c with { Speaker = c.Speaker == sampleInterviewer ? interviewerId : intervieweeId }).ToArray();
        var mapped = new Transcript(sample.Source, sample.Format, cues);
        Participant[] people = [new(interviewerId, interviewerId, ParticipantRole.Interviewer), new(intervieweeId, intervieweeId, ParticipantRole.Interviewee)];
        return TranscriptSession.Events(mapped, sessionId, setup, people)
            .Where(e => e is not SessionStarted and not SessionEnded)
            .Select(e => Shift(e, from))
            .ToArray();
    }

    /// <summary>Posts the events at <paramref name="speed"/> times real time.</summary>
    public static async Task PlayAsync(LiveMeeting live, IReadOnlyList<SessionEvent> events, double speed, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(live);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0) return;
        var first = events[0].At;
        var started = time.GetTimestamp();
        foreach (var e in events)
        {
            var due = (e.At - first) / speed - time.GetElapsedTime(started);
            if (due > TimeSpan.Zero) await Task.Delay(due, time, cancellationToken).ConfigureAwait(false);
            await live.PostAsync(e, cancellationToken).ConfigureAwait(false);
        }
    }

    private static SessionEvent Shift(SessionEvent e, TimeSpan by) => by == TimeSpan.Zero ? e : e switch
    {
        SpeechStarted s => s with { At = s.At + by },
        SpeechEnded s => s with { At = s.At + by },
        UtteranceFinal u => u with { At = u.At + by, Utterance = u.Utterance with { Start = u.Utterance.Start + by, End = u.Utterance.End + by } },
        MediaTick t => t with { At = t.At + by },
        _ => e,
    };

    private static Transcript Load()
    {
        using var stream = typeof(DemoInterview).Assembly.GetManifestResourceStream("InterviewBot.Teams.Demo.vtt")
            ?? throw new InvalidOperationException("the demo interview is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        var parsed = TranscriptParser.Parse(reader.ReadToEnd(), "demo.vtt");
        return parsed.IsSuccess ? parsed.Transcript : throw new InvalidOperationException($"the embedded demo interview does not parse: {parsed.Error}");
    }
}

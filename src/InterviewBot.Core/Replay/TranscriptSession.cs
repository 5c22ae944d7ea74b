using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Core.Transcripts;

namespace InterviewBot.Core.Replay;

/// <summary>
/// Turns a transcript into the events a live session would have seen: speech started/ended from the
/// cues, an utterance at the end of each of a cue's phrases (<see cref="Phrases"/>), and a tick every second
/// so timing rules fire in silence too.
/// </summary>
public static class TranscriptSession
{
    /// <summary>Assigns roles: the named interviewer (else the first speaker) interviews, everyone else is interviewed.</summary>
    public static ParticipantsResult Participants(Transcript transcript, string? interviewerName)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var interviewer = transcript.Speakers[0];
        if (!string.IsNullOrWhiteSpace(interviewerName))
        {
            var match = transcript.Speakers.FirstOrDefault(s => string.Equals(s, interviewerName.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match is null)
                return new ParticipantsResult([], $"no speaker named '{interviewerName}' in {transcript.Source}; speakers are: {string.Join(", ", transcript.Speakers)}");
            interviewer = match;
        }
        var participants = transcript.Speakers
            .Select(s => new Participant(s, s, s == interviewer ? ParticipantRole.Interviewer : ParticipantRole.Interviewee))
            .ToArray();
        return new ParticipantsResult(participants, null);
    }

    /// <summary>Every event of the replayed session, in the order a live session would apply them.</summary>
    public static IReadOnlyList<SessionEvent> Events(Transcript transcript, string sessionId, SessionSetup setup, IReadOnlyList<Participant> participants, TimeSpan? tick = null)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var tickEvery = tick ?? TimeSpan.FromSeconds(1);
        var timed = new List<(TimeSpan At, int Order, int Seq, SessionEvent Event)>(transcript.Cues.Count * 3 + 64);
        var seq = 0;
        void Add(SessionEvent e, int order) => timed.Add((e.At, order, seq++, e));

        // A speaker's overlapping cues (Teams splits long turns) are one stretch of voice, not several.
        foreach (var group in transcript.Cues.GroupBy(c => c.Speaker, StringComparer.Ordinal))
        {
            foreach (var (start, end) in MergeSpans(group.Select(c => (c.Start, c.End))))
            {
                Add(new SpeechStarted(start, group.Key), 2);
                Add(new SpeechEnded(end, group.Key), 0);
            }
        }
        // Each phrase becomes final at its own end, as a live recognizer gives them, not the whole cue at its end.
        foreach (var cue in transcript.Cues)
            foreach (var phrase in Phrases.Of(cue))
                Add(new UtteranceFinal(phrase.End, phrase), 1);

        var lastEnd = transcript.Duration;
        if (tickEvery > TimeSpan.Zero)
            for (var t = tickEvery; t <= lastEnd; t += tickEvery) Add(new MediaTick(t), 3);

        timed.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.Seq.CompareTo(b.Seq));
        var events = new List<SessionEvent>(timed.Count + 2) { new SessionStarted(TimeSpan.Zero, sessionId, setup, participants) };
        events.AddRange(timed.Select(x => x.Event));
        events.Add(new SessionEnded(lastEnd, "transcript ended"));
        return events;
    }

    private static IEnumerable<(TimeSpan Start, TimeSpan End)> MergeSpans(IEnumerable<(TimeSpan Start, TimeSpan End)> spans)
    {
        (TimeSpan Start, TimeSpan End)? open = null;
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (open is { } o && span.Start <= o.End)
            {
                open = (o.Start, span.End > o.End ? span.End : o.End);
                continue;
            }
            if (open is { } done) yield return done;
            open = span;
        }
        if (open is { } last) yield return last;
    }
}

/// <summary>The participants of a replayed transcript, or why they could not be assigned.</summary>
public sealed record ParticipantsResult(IReadOnlyList<Participant> Participants, string? Error);

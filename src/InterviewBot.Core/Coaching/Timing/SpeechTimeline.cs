namespace InterviewBot.Core.Coaching.Timing;

/// <summary>Who spoke when: every participant's voice-activity segments, from which the timing metrics are read.</summary>
public sealed class SpeechTimeline
{
    private readonly Dictionary<string, ParticipantSpeech> _byParticipant = new(StringComparer.Ordinal);
    private readonly List<SpeechSegment> _all = [];

    /// <summary>Every closed segment in the order it closed.</summary>
    public IReadOnlyList<SpeechSegment> Segments => _all;

    public void OnSpeechStarted(string participantId, TimeSpan at)
    {
        var speech = Get(participantId);
        // A duplicate start (e.g. a resumed media connection) keeps the earlier one: the voice never stopped.
        speech.OpenSince ??= at;
    }

    public void OnSpeechEnded(string participantId, TimeSpan at)
    {
        var speech = Get(participantId);
        if (speech.OpenSince is not TimeSpan since) return;
        var segment = new SpeechSegment(participantId, since, at < since ? since : at);
        speech.OpenSince = null;
        speech.Segments.Add(segment);
        speech.Closed += segment.Duration;
        _all.Add(segment);
    }

    public bool IsSpeaking(string participantId) =>
        _byParticipant.TryGetValue(participantId, out var s) && s.OpenSince is not null;

    public TimeSpan? SpeakingSince(string participantId) =>
        _byParticipant.TryGetValue(participantId, out var s) ? s.OpenSince : null;

    /// <summary>The participant's closed segments, oldest first.</summary>
    public IReadOnlyList<SpeechSegment> SegmentsOf(string participantId) =>
        _byParticipant.TryGetValue(participantId, out var s) ? s.Segments : [];

    /// <summary>All speech of one participant from the start of the session until <paramref name="now"/>.</summary>
    public TimeSpan TotalTalk(string participantId, TimeSpan now)
    {
        if (!_byParticipant.TryGetValue(participantId, out var s)) return TimeSpan.Zero;
        return s.Closed + (s.OpenSince is TimeSpan since && now > since ? now - since : TimeSpan.Zero);
    }

    /// <summary>Speech of one participant inside [from, to], counting a segment still open at <paramref name="to"/>.</summary>
    public TimeSpan TalkBetween(string participantId, TimeSpan from, TimeSpan to)
    {
        if (!_byParticipant.TryGetValue(participantId, out var s) || to <= from) return TimeSpan.Zero;
        var total = TimeSpan.Zero;
        if (s.OpenSince is TimeSpan since) total += Overlap(since, to, from, to);
        // Segments close in time order per participant, so walk back until they fall before the window.
        for (var i = s.Segments.Count - 1; i >= 0; i--)
        {
            var seg = s.Segments[i];
            if (seg.End <= from) break;
            total += Overlap(seg.Start, seg.End, from, to);
        }
        return total;
    }

    /// <summary>Every participant's ids that have spoken or are speaking.</summary>
    public IEnumerable<string> Speakers => _byParticipant.Keys;

    private static TimeSpan Overlap(TimeSpan start, TimeSpan end, TimeSpan from, TimeSpan to)
    {
        var s = start > from ? start : from;
        var e = end < to ? end : to;
        return e > s ? e - s : TimeSpan.Zero;
    }

    private ParticipantSpeech Get(string participantId)
    {
        if (!_byParticipant.TryGetValue(participantId, out var speech))
        {
            speech = new ParticipantSpeech();
            _byParticipant.Add(participantId, speech);
        }
        return speech;
    }

    private sealed class ParticipantSpeech
    {
        public TimeSpan? OpenSince { get; set; }
        public List<SpeechSegment> Segments { get; } = [];
        public TimeSpan Closed { get; set; }
    }
}

using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Policy;
using InterviewBot.Core.Coaching.Timing;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Sessions;

/// <summary>
/// One interview: the state every event folds into, in media-time order. It is not thread-safe by
/// design: exactly one consumer (a <see cref="SessionRunner"/>) applies its events.
/// </summary>
public sealed class InterviewSession : ISessionView
{
    private readonly Dictionary<string, Participant> _participants = new(StringComparer.Ordinal);
    private readonly List<Utterance> _utterances = [];
    private readonly List<TranscriptGap> _gaps = [];
    private readonly List<Nudge> _nudges = [];
    private const int MaxContextUtterances = 3;
    private readonly CoachingEngine _coach;

    public InterviewSession(CoachingEngine coach) => _coach = coach;

    public string Id { get; private set; } = "";
    public SessionSetup Setup { get; private set; } = SessionSetup.Empty;
    public TimeSpan Now { get; private set; }
    public bool AudioOnly { get; private set; }
    public SessionStatus Status { get; private set; } = SessionStatus.Created;
    public string? EndReason { get; private set; }
    public IReadOnlyDictionary<string, Participant> Participants => _participants;
    public Participant? Interviewer { get; private set; }
    public IReadOnlyList<Utterance> Utterances => _utterances;
    public IReadOnlyList<TranscriptGap> Gaps => _gaps;
    public IReadOnlyList<Nudge> Nudges => _nudges;
    public IReadOnlyList<HeldBackNudge> HeldBack => _coach.Policy.HeldBack;
    public SpeechTimeline Speech { get; } = new();

    public ParticipantRole RoleOf(string participantId) =>
        _participants.TryGetValue(participantId, out var p) ? p.Role : ParticipantRole.Observer;

    public string NameOf(string participantId) =>
        _participants.TryGetValue(participantId, out var p) ? p.DisplayName : participantId;

    /// <summary>Folds one event into the session and returns the nudge it caused, if any.</summary>
    public SessionStep Apply(SessionEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (Status == SessionStatus.Created && e is not SessionStarted)
            return SessionStep.Rejected($"'{EventName(e)}' before the session started");
        if (Status == SessionStatus.Ended)
            return SessionStep.Rejected($"'{EventName(e)}' after the session ended");
        if (e is SessionStarted && Status != SessionStatus.Created)
            return SessionStep.Rejected("the session has already started");

        // Media time never runs backwards: a late event is applied at the current time.
        if (e.At > Now) Now = e.At;

        switch (e)
        {
            case SessionStarted started:
                Id = started.SessionId;
                Setup = started.Setup;
                AudioOnly = started.AudioOnly;
                foreach (var p in started.Participants) AddParticipant(p);
                Status = SessionStatus.Live;
                break;
            case ParticipantJoined joined:
                AddParticipant(joined.Participant);
                break;
            case SpeechStarted started:
                EnsureKnown(started.ParticipantId);
                Speech.OnSpeechStarted(started.ParticipantId, started.At);
                break;
            case SpeechEnded ended:
                Speech.OnSpeechEnded(ended.ParticipantId, ended.At);
                break;
            case UtteranceFinal final:
                EnsureKnown(final.Utterance.SpeakerId);
                var labelled = Label(final.Utterance);
                _utterances.Add(labelled);
                e = final with { Utterance = labelled }; // rules see the labels
                break;
            case TranscriptGap gap:
                _gaps.Add(gap);
                break;
            case NudgesSnoozed snoozed:
                _coach.Policy.Snooze(snoozed.Until);
                break;
            case NudgeKindMuted muted:
                _coach.Policy.Mute(muted.Kind);
                break;
            case NudgesUnmuted:
                _coach.Policy.Unmute();
                break;
            case SessionEnded ended:
                CloseOpenSpeech(ended.At);
                _coach.Policy.Flush();
                Status = SessionStatus.Ended;
                EndReason = ended.Reason;
                return SessionStep.None;
            case NudgeRaised:
                // An output of this session, not an input: the rebuilder reconciles it.
                return SessionStep.None;
            case NudgeFeedback:
                return SessionStep.None; // a record for later measurement; coaching does not change on it
            case SinkAttached or SinkPosted:
                return SessionStep.None; // where nudges go and what was posted there: the host's business, not coaching
        }

        var nudge = _coach.Step(e, this);
        if (nudge is null) return SessionStep.None;
        _nudges.Add(nudge);
        return SessionStep.Raised(nudge);
    }

    private Utterance Label(Utterance u)
    {
        var role = RoleOf(u.SpeakerId);
        var c = _coach.Classifier.Classify(u.Text, role, PreviousTurnOfOtherSpeaker(u.SpeakerId));
        return u with { Labels = c.Labels, Tags = c.Tags };
    }

    /// <summary>
    /// The other side's last turn: their consecutive utterances before this one (the last few), so that
    /// "tell me about the process you'd built" is read against everything they just said, not only its last sentence.
    /// </summary>
    private string? PreviousTurnOfOtherSpeaker(string speakerId)
    {
        var end = _utterances.Count - 1;
        while (end >= 0 && string.Equals(_utterances[end].SpeakerId, speakerId, StringComparison.Ordinal)) end--;
        if (end < 0) return null;
        var other = _utterances[end].SpeakerId;
        var start = end;
        while (start > 0 && end - start < MaxContextUtterances - 1 && string.Equals(_utterances[start - 1].SpeakerId, other, StringComparison.Ordinal)) start--;
        if (start == end) return _utterances[end].Text;
        return string.Join(' ', _utterances.Skip(start).Take(end - start + 1).Select(u => u.Text));
    }

    private void AddParticipant(Participant p)
    {
        _participants[p.Id] = p;
        if (p.Role == ParticipantRole.Interviewer) Interviewer = p;
    }

    private void EnsureKnown(string participantId)
    {
        // Someone we were never told about is heard: keep their words, but never coach them.
        if (!_participants.ContainsKey(participantId))
            AddParticipant(new Participant(participantId, participantId, ParticipantRole.Observer));
    }

    private void CloseOpenSpeech(TimeSpan at)
    {
        foreach (var id in Speech.Speakers.ToArray())
            if (Speech.IsSpeaking(id)) Speech.OnSpeechEnded(id, at);
    }

    private static string EventName(SessionEvent e) => e.GetType().Name;
}

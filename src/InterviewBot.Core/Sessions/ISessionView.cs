using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Policy;
using InterviewBot.Core.Coaching.Timing;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Sessions;

/// <summary>What rules and writers may read of a session; they never change it.</summary>
public interface ISessionView
{
    string Id { get; }
    SessionSetup Setup { get; }
    TimeSpan Now { get; }
    IReadOnlyDictionary<string, Participant> Participants { get; }
    Participant? Interviewer { get; }
    IReadOnlyList<Utterance> Utterances { get; }
    IReadOnlyList<Nudge> Nudges { get; }

    /// <summary>Nudges the policy kept off the screen (not fresh by the time they could be shown, muted, snoozed), for the moments to revisit.</summary>
    IReadOnlyList<HeldBackNudge> HeldBack { get; }

    /// <summary>Speech that was heard but not transcribed (a failed recognition, a full recognizer queue).</summary>
    IReadOnlyList<TranscriptGap> Gaps { get; }
    SpeechTimeline Speech { get; }
    SessionStatus Status { get; }

    /// <summary>No text will come (audio without a recognizer): coaching and stats read voice activity alone.</summary>
    bool AudioOnly { get; }

    /// <summary>The role of a participant id, <see cref="ParticipantRole.Observer"/> when unknown.</summary>
    ParticipantRole RoleOf(string participantId);

    /// <summary>The display name of a participant id, the id itself when unknown.</summary>
    string NameOf(string participantId);
}

using System.Text.Json.Serialization;
using InterviewBot.Core.Coaching;

namespace InterviewBot.Core.Sessions.Events;

/// <summary>Something that happened in a session at a media time; the journal stores these in order.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SessionStarted), "session_started")]
[JsonDerivedType(typeof(ParticipantJoined), "participant_joined")]
[JsonDerivedType(typeof(ParticipantLeft), "participant_left")]
[JsonDerivedType(typeof(SpeechStarted), "speech_started")]
[JsonDerivedType(typeof(SpeechEnded), "speech_ended")]
[JsonDerivedType(typeof(UtteranceFinal), "utterance_final")]
[JsonDerivedType(typeof(MediaTick), "tick")]
[JsonDerivedType(typeof(NudgesSnoozed), "nudges_snoozed")]
[JsonDerivedType(typeof(NudgeKindMuted), "nudge_muted")]
[JsonDerivedType(typeof(NudgesUnmuted), "nudges_unmuted")]
[JsonDerivedType(typeof(NudgeFeedback), "nudge_feedback")]
[JsonDerivedType(typeof(NudgeRaised), "nudge_raised")]
[JsonDerivedType(typeof(TranscriptGap), "transcript_gap")]
[JsonDerivedType(typeof(SessionEnded), "session_ended")]
[JsonDerivedType(typeof(SinkAttached), "sink_attached")]
[JsonDerivedType(typeof(SinkPosted), "sink_posted")]
public abstract record SessionEvent(TimeSpan At);

/// <summary>
/// The session begins, with its setup and the participants known at the start. <paramref name="AudioOnly"/>
/// says no text will come (audio with no recognizer): timing rules and stats then read voice activity alone.
/// </summary>
public sealed record SessionStarted(TimeSpan At, string SessionId, SessionSetup Setup, IReadOnlyList<Participant> Participants,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool AudioOnly = false)
    : SessionEvent(At);

/// <summary>A participant joined (or was first heard) after the start.</summary>
public sealed record ParticipantJoined(TimeSpan At, Participant Participant) : SessionEvent(At);

/// <summary>A participant left the meeting.</summary>
public sealed record ParticipantLeft(TimeSpan At, string ParticipantId) : SessionEvent(At);

/// <summary>Voice activity began for a participant.</summary>
public sealed record SpeechStarted(TimeSpan At, string ParticipantId) : SessionEvent(At);

/// <summary>Voice activity ended for a participant.</summary>
public sealed record SpeechEnded(TimeSpan At, string ParticipantId) : SessionEvent(At);

/// <summary>A recognizer (or a transcript) produced the final text of an utterance.</summary>
public sealed record UtteranceFinal(TimeSpan At, Utterance Utterance) : SessionEvent(At);

/// <summary>Media time moved on with nothing else to say; lets timing rules fire during silence.</summary>
public sealed record MediaTick(TimeSpan At) : SessionEvent(At);

/// <summary>The interviewer snoozed all nudges until a media time.</summary>
public sealed record NudgesSnoozed(TimeSpan At, TimeSpan Until) : SessionEvent(At);

/// <summary>The interviewer muted one nudge kind for the rest of the session.</summary>
public sealed record NudgeKindMuted(TimeSpan At, string Kind) : SessionEvent(At);

/// <summary>The interviewer said whether a nudge helped: kept in the journal to measure the coach's precision in real calls.</summary>
public sealed record NudgeFeedback(TimeSpan At, string Kind, int Number, bool Helpful) : SessionEvent(At);

/// <summary>The interviewer lifted every mute (and any snooze): all nudge kinds may fire again.</summary>
public sealed record NudgesUnmuted(TimeSpan At) : SessionEvent(At);

/// <summary>The coach raised a nudge; journaled so that a rebuilt session does not raise it twice.</summary>
public sealed record NudgeRaised(TimeSpan At, Nudge Nudge) : SessionEvent(At);

/// <summary>Speech was heard but could not be transcribed (recognizer failed or its queue overflowed): the transcript has a gap here.</summary>
public sealed record TranscriptGap(TimeSpan At, string ParticipantId, TimeSpan Start, TimeSpan End, string Reason) : SessionEvent(At);

/// <summary>The session is over (hang-up, end message, or media timeout).</summary>
public sealed record SessionEnded(TimeSpan At, string Reason) : SessionEvent(At);

namespace InterviewBot.Core.Coaching;

/// <summary>A private coaching card for the interviewer: what happened, why it matters, what to say next.</summary>
public sealed record Nudge(
    string Kind,
    TimeSpan At,
    string SpeakerId,
    string Quote,
    string Message,
    string Suggestion);

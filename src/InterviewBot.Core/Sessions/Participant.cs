namespace InterviewBot.Core.Sessions;

/// <summary>One person (or bot) in a session, identified by a platform-independent id.</summary>
public sealed record Participant(string Id, string DisplayName, ParticipantRole Role);

namespace InterviewBot.Core.Transcripts;

/// <summary>One speaker's words over a media-time span, as read from a transcript, with the line it came from.</summary>
public sealed record TranscriptCue(string Speaker, TimeSpan Start, TimeSpan End, string Text, int Line);

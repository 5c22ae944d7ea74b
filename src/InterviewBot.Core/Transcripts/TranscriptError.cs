namespace InterviewBot.Core.Transcripts;

/// <summary>Why a transcript could not be read: the source, the 1-based line, and what was expected there.</summary>
public sealed record TranscriptError(string Source, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{Source}:{Line}: {Message}" : $"{Source}: {Message}";
}

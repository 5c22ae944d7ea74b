using System.Diagnostics.CodeAnalysis;

namespace InterviewBot.Core.Transcripts;

/// <summary>Either a transcript or the error that stopped reading it; bad input is a value, not an exception.</summary>
public sealed record TranscriptReadResult
{
    private TranscriptReadResult(Transcript? transcript, TranscriptError? error)
    {
        Transcript = transcript;
        Error = error;
    }

    public Transcript? Transcript { get; }

    public TranscriptError? Error { get; }

    [MemberNotNullWhen(true, nameof(Transcript))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Transcript is not null;

    public static TranscriptReadResult Success(Transcript transcript) => new(transcript, null);

    public static TranscriptReadResult Failure(string source, int line, string message) => new(null, new TranscriptError(source, line, message));
}

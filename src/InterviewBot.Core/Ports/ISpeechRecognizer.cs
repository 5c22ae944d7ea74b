namespace InterviewBot.Core.Ports;

/// <summary>Turns one finished speech segment (VAD-cut, at most 30 s of 16 kHz mono PCM16) into text.</summary>
public interface ISpeechRecognizer
{
    Task<RecognitionResult> RecognizeAsync(SegmentAudio segment, CancellationToken cancellationToken);
}

/// <summary>The audio of one speech segment of one participant.</summary>
public sealed record SegmentAudio(string ParticipantId, TimeSpan Start, ReadOnlyMemory<short> Samples);

/// <summary>What a recognizer heard; <see cref="RecognitionStatus.NoMatch"/> carries no text.</summary>
public sealed record RecognitionResult(RecognitionStatus Status, string Text, double Confidence);

/// <summary>Outcome of one recognition.</summary>
public enum RecognitionStatus
{
    Recognized,
    NoMatch,
    Failed,
}

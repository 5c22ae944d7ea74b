using InterviewBot.Core.Audio.Vad;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Audio.Segmentation;

/// <summary>
/// Turns one speaker's frames into speech segments: voice activity decides start and end, and a
/// segment that reaches 30 s is cut and a new one begun, so a recognizer never gets more than it takes.
/// Emits the session's speech events; the timing rules run on them live.
/// </summary>
public sealed class SpeechSegmenter(string participantId, VoiceActivityOptions options)
{
    public static readonly TimeSpan MaxSegment = TimeSpan.FromSeconds(30);
    private readonly VoiceActivityDetector _vad = new(options);
    private TimeSpan? _segmentStart;

    public string ParticipantId { get; } = participantId;

    /// <summary>Processes one frame and adds any speech events it causes to <paramref name="output"/>.</summary>
    public void Process(AudioFrame frame, ICollection<SessionEvent> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (_vad.Process(frame.Samples.Span, frame.MediaTime) is { } t) Emit(t, output);
        var end = frame.MediaTime + AudioFrame.Duration;
        if (_segmentStart is TimeSpan start && end - start >= MaxSegment)
        {
            output.Add(new SpeechEnded(end, ParticipantId));
            output.Add(new SpeechStarted(end, ParticipantId));
            _segmentStart = end;
        }
    }

    /// <summary>Closes a segment still open when the stream ends.</summary>
    public void Flush(ICollection<SessionEvent> output)
    {
        if (_vad.Flush() is { } t) Emit(t, output);
    }

    private void Emit(VadTransition t, ICollection<SessionEvent> output)
    {
        if (t.Kind == VadTransitionKind.Started)
        {
            _segmentStart = t.At;
            output.Add(new SpeechStarted(t.At, ParticipantId));
        }
        else if (_segmentStart is not null)
        {
            _segmentStart = null;
            output.Add(new SpeechEnded(t.At, ParticipantId));
        }
    }
}

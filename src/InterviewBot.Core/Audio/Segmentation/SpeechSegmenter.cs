using InterviewBot.Core.Audio.Vad;
using InterviewBot.Core.Ports;
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
    private const int HistoryFrames = 16; // VAD dates a start up to this many frames back (minimum speech and short onset gaps)
    private readonly VoiceActivityDetector _vad = new(options);
    private static readonly int s_audioCapacity = (int)(MaxSegment / AudioFrame.Duration + HistoryFrames + 1) * AudioFrame.SamplesPerFrame;
    // Audio of the current segment, allocated once for the longest one (plus the frames VAD looks back over) when a
    // recognizer will want it, so the frame path copies samples but never allocates; timing-only sessions keep none.
    private short[]? _audio;
    // The frames heard outside a segment, newest last, as a ring: remembering a frame copies it once, never shifts the rest.
    private readonly short[] _history = new short[HistoryFrames * AudioFrame.SamplesPerFrame];
    private int _historyFrames;
    private int _historyNext;
    private int _audioLength;
    private TimeSpan? _segmentStart;

    /// <summary>Finished segments with their audio, for a recognizer; null when nobody will listen.</summary>
    public ICollection<SegmentAudio>? CompletedSegments { get; set; }

    public string ParticipantId { get; } = participantId;

    /// <summary>Processes one frame and adds any speech events it causes to <paramref name="output"/>.</summary>
    public void Process(AudioFrame frame, ICollection<SessionEvent> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var samples = frame.Samples.Span;
        if (_vad.Process(samples, frame.MediaTime) is { } t) Emit(t, output, frame.MediaTime);
        if (_segmentStart is not null) Append(samples);
        else Remember(samples);
        var end = frame.MediaTime + AudioFrame.Duration;
        if (_segmentStart is TimeSpan start && end - start >= MaxSegment)
        {
            output.Add(new SpeechEnded(end, ParticipantId));
            Complete(start, end);
            output.Add(new SpeechStarted(end, ParticipantId));
            _segmentStart = end;
        }
    }

    /// <summary>Closes a segment still open when the stream ends.</summary>
    public void Flush(ICollection<SessionEvent> output)
    {
        if (_vad.Flush() is { } t) Emit(t, output, t.At);
    }

    private void Emit(VadTransition t, ICollection<SessionEvent> output, TimeSpan frameTime)
    {
        if (t.Kind == VadTransitionKind.Started)
        {
            _segmentStart = t.At;
            // The segment began a few frames ago: its audio starts with the frames remembered since then.
            var back = Math.Min(_historyFrames, (int)Math.Round((frameTime - t.At) / AudioFrame.Duration));
            _audioLength = 0;
            for (var i = back; i > 0; i--)
                Append(_history.AsSpan((_historyNext - i + HistoryFrames) % HistoryFrames * AudioFrame.SamplesPerFrame, AudioFrame.SamplesPerFrame));
            output.Add(new SpeechStarted(t.At, ParticipantId));
        }
        else if (_segmentStart is TimeSpan start)
        {
            _segmentStart = null;
            output.Add(new SpeechEnded(t.At, ParticipantId));
            Complete(start, t.At);
            _historyFrames = 0;
            _historyNext = 0;
        }
    }

    private void Complete(TimeSpan start, TimeSpan end)
    {
        if (CompletedSegments is not null)
        {
            var samples = Math.Min(_audioLength, (int)Math.Round((end - start).TotalSeconds * AudioFrame.SampleRate));
            CompletedSegments.Add(new SegmentAudio(ParticipantId, start, _audio is null ? Array.Empty<short>() : _audio.AsSpan(0, samples).ToArray()));
        }
        _audioLength = 0;
    }

    private void Append(ReadOnlySpan<short> samples)
    {
        if (CompletedSegments is null) return;
        _audio ??= new short[s_audioCapacity];
        var room = Math.Min(samples.Length, _audio.Length - _audioLength);
        samples[..room].CopyTo(_audio.AsSpan(_audioLength));
        _audioLength += room;
    }

    private void Remember(ReadOnlySpan<short> samples)
    {
        // Only a recognizer wants the audio: timing-only sessions remember nothing.
        if (CompletedSegments is null) return;
        samples.CopyTo(_history.AsSpan(_historyNext * AudioFrame.SamplesPerFrame, AudioFrame.SamplesPerFrame));
        _historyNext = (_historyNext + 1) % HistoryFrames;
        if (_historyFrames < HistoryFrames) _historyFrames++;
    }
}

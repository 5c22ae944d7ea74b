using InterviewBot.Core.Audio;
using InterviewBot.Core.Audio.Segmentation;
using InterviewBot.Core.Audio.Vad;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Media.Live;

/// <summary>
/// One participant's live audio: chunks of any length, stamped with media time, become 20 ms frames for the
/// segmenter. A gap in media time is silence; audio that arrives for a time already past (a resent or
/// reordered chunk) is dropped and counted, because the segmenter can only move forward.
/// </summary>
internal sealed class SpeakerStream
{
    private const int MaxGapFrames = 30_000; // 10 minutes: a longer jump is a clock reset, not silence to replay
    private readonly short[] _frame = new short[AudioFrame.SamplesPerFrame];
    private readonly short[] _silence = new short[AudioFrame.SamplesPerFrame];
    private int _filled;
    private long _nextSample = -1; // media time of the next sample, in samples

    public SpeakerStream(string participantId, ICollection<SegmentAudio>? completed)
    {
        ParticipantId = participantId;
        Segmenter = new SpeechSegmenter(participantId, VoiceActivityOptions.Default) { CompletedSegments = completed };
    }

    public string ParticipantId { get; }

    public SpeechSegmenter Segmenter { get; }

    public long LateSamples { get; private set; }

    /// <summary>Media time up to which this stream has been heard.</summary>
    public TimeSpan HeardUntil => _nextSample < 0 ? TimeSpan.Zero : TimeSpan.FromSeconds((double)_nextSample / AudioFrame.SampleRate);

    /// <summary>Starts the stream at a media time already applied (a resumed session): audio before it is late.</summary>
    public void StartAt(TimeSpan mediaTime)
    {
        var start = (long)Math.Round(mediaTime.TotalSeconds * AudioFrame.SampleRate);
        _nextSample = start - start % AudioFrame.SamplesPerFrame;
    }

    public void Append(TimeSpan mediaTime, ReadOnlySpan<short> samples, ICollection<SessionEvent> output)
    {
        var start = (long)Math.Round(mediaTime.TotalSeconds * AudioFrame.SampleRate);
        if (_nextSample < 0) _nextSample = start - start % AudioFrame.SamplesPerFrame;
        if (start < _nextSample)
        {
            var skip = (int)Math.Min(samples.Length, _nextSample - start);
            LateSamples += skip;
            samples = samples[skip..];
        }
        else if (start > _nextSample)
        {
            FillSilence(start - _nextSample, output);
        }
        // Whole runs at a time (a 20 ms packet is one copy), not sample by sample.
        while (!samples.IsEmpty)
        {
            var take = Math.Min(samples.Length, _frame.Length - _filled);
            samples[..take].CopyTo(_frame.AsSpan(_filled));
            samples = samples[take..];
            _filled += take;
            _nextSample += take;
            if (_filled == _frame.Length) EmitFrame(_frame, output);
        }
    }

    /// <summary>Closes the stream's open speech (a participant left, or the session ended).</summary>
    public void Flush(ICollection<SessionEvent> output) => Segmenter.Flush(output);

    private void FillSilence(long samples, ICollection<SessionEvent> output)
    {
        // Finish the frame in progress with silence, then whole silent frames, up to a sane limit.
        while (samples > 0 && _filled > 0)
        {
            _frame[_filled++] = 0;
            _nextSample++;
            samples--;
            if (_filled == _frame.Length) EmitFrame(_frame, output);
        }
        var frames = samples / AudioFrame.SamplesPerFrame;
        var rest = (int)(samples % AudioFrame.SamplesPerFrame);
        if (frames > MaxGapFrames)
        {
            _nextSample += (frames - MaxGapFrames) * AudioFrame.SamplesPerFrame;
            frames = MaxGapFrames;
        }
        for (var i = 0; i < frames; i++)
        {
            _nextSample += AudioFrame.SamplesPerFrame;
            Segmenter.Process(new AudioFrame(ParticipantId, Time(_nextSample - AudioFrame.SamplesPerFrame), _silence), output);
        }
        for (var i = 0; i < rest; i++)
        {
            _frame[_filled++] = 0;
            _nextSample++;
        }
    }

    private void EmitFrame(short[] frame, ICollection<SessionEvent> output)
    {
        Segmenter.Process(new AudioFrame(ParticipantId, Time(_nextSample - AudioFrame.SamplesPerFrame), frame), output);
        _filled = 0;
    }

    private static TimeSpan Time(long sample) => TimeSpan.FromTicks(sample * TimeSpan.TicksPerSecond / AudioFrame.SampleRate);
}

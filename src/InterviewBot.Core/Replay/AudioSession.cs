using InterviewBot.Core.Audio;
using InterviewBot.Core.Audio.Recognition;
using InterviewBot.Core.Audio.Segmentation;
using InterviewBot.Core.Audio.Vad;
using InterviewBot.Core.Audio.Wav;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Replay;

/// <summary>
/// Turns a recording with one channel per speaker into the events a live session would see: each
/// channel is resampled to 16 kHz, cut into 20 ms frames and segmented by voice activity; a tick every
/// second lets timing rules fire. Without a recognizer there is no text, so only timing coaching applies.
/// </summary>
public static class AudioSession
{
    public static IReadOnlyList<SessionEvent> Events(PcmAudio audio, IReadOnlyList<Participant> speakersByChannel, string sessionId, SessionSetup setup,
        VoiceActivityOptions? vad = null) =>
        EventsAsync(audio, speakersByChannel, sessionId, setup, null, vad, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>
    /// The session's events; with a recognizer, each finished segment is transcribed in turn and its
    /// utterance follows its speech-ended event (a failed one leaves a <see cref="TranscriptGap"/>).
    /// </summary>
    public static async Task<IReadOnlyList<SessionEvent>> EventsAsync(PcmAudio audio, IReadOnlyList<Participant> speakersByChannel, string sessionId, SessionSetup setup,
        ISpeechRecognizer? recognizer, VoiceActivityOptions? vad, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(speakersByChannel);
        if (speakersByChannel.Count != audio.Channels.Count)
            throw new ArgumentException($"{audio.Channels.Count} channels but {speakersByChannel.Count} speakers", nameof(speakersByChannel));

        var frames = audio.Channels
            .Select((samples, c) => AudioFrames.Split(speakersByChannel[c].Id, Resampler.Resample(samples, audio.SampleRate, AudioFrame.SampleRate)).ToArray())
            .ToArray();
        var completed = new List<SegmentAudio>();
        var segmenters = speakersByChannel
            .Select(p => new SpeechSegmenter(p.Id, vad ?? VoiceActivityOptions.Default) { CompletedSegments = recognizer is null ? null : completed })
            .ToArray();
        var events = new List<SessionEvent> { new SessionStarted(TimeSpan.Zero, sessionId, setup, speakersByChannel, AudioOnly: recognizer is null) };
        var step = new List<SessionEvent>();
        var count = frames.Length == 0 ? 0 : frames.Max(f => f.Length);
        var silence = new short[AudioFrame.SamplesPerFrame];
        for (var i = 0; i < count; i++)
        {
            step.Clear();
            for (var c = 0; c < frames.Length; c++)
            {
                // A channel that ends early (a rounding sample short) is silent for the rest.
                var frame = i < frames[c].Length ? frames[c][i] : new AudioFrame(speakersByChannel[c].Id, AudioFrame.Duration * i, silence);
                segmenters[c].Process(frame, step);
            }
            // Within one 20 ms step, ends come before starts so a hand-over reads as one speaker after the other.
            events.AddRange(step.OrderBy(e => e.At).ThenBy(e => e is SpeechStarted ? 1 : 0));
            if (recognizer is not null) await TranscribeAsync(recognizer, completed, AudioFrame.Duration * (i + 1), events, cancellationToken).ConfigureAwait(false);
            if ((i + 1) % 50 == 0) events.Add(new MediaTick(AudioFrame.Duration * (i + 1)));
        }
        step.Clear();
        foreach (var s in segmenters) s.Flush(step);
        events.AddRange(step.OrderBy(e => e.At));
        var end = AudioFrame.Duration * count;
        if (recognizer is not null) await TranscribeAsync(recognizer, completed, end, events, cancellationToken).ConfigureAwait(false);
        events.Add(new SessionEnded(end, "recording ended"));
        return events;
    }

    private static async Task TranscribeAsync(ISpeechRecognizer recognizer, List<SegmentAudio> completed, TimeSpan now, List<SessionEvent> events, CancellationToken cancellationToken)
    {
        foreach (var segment in completed)
        {
            var result = await recognizer.RecognizeAsync(segment, cancellationToken).ConfigureAwait(false);
            if (RecognitionEvents.For(segment, result, now) is { } e) events.Add(e);
        }
        completed.Clear();
    }
}

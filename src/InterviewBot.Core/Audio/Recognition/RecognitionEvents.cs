using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Audio.Recognition;

/// <summary>What a recognition result means for the session: an utterance, a gap in the transcript, or nothing.</summary>
public static class RecognitionEvents
{
    /// <summary>The media time at which the segment's audio ends.</summary>
    public static TimeSpan EndOf(SegmentAudio segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return segment.Start + TimeSpan.FromSeconds((double)segment.Samples.Length / AudioFrame.SampleRate);
    }

    /// <summary>The event to post at media time <paramref name="now"/>; null when nothing was said (no match, empty text).</summary>
    public static SessionEvent? For(SegmentAudio segment, RecognitionResult result, TimeSpan now)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            RecognitionStatus.Recognized when result.Text.Length > 0 =>
                new UtteranceFinal(now, new Utterance(segment.ParticipantId, segment.Start, EndOf(segment), result.Text, result.Confidence)),
            RecognitionStatus.Failed => new TranscriptGap(now, segment.ParticipantId, segment.Start, EndOf(segment), result.Text),
            _ => null,
        };
    }
}

namespace InterviewBot.Core.Audio;

/// <summary>20 ms of one participant's audio: 16 kHz mono PCM16 (320 samples), stamped with media time.</summary>
public readonly record struct AudioFrame(string ParticipantId, TimeSpan MediaTime, ReadOnlyMemory<short> Samples)
{
    public const int SampleRate = 16_000;
    public const int SamplesPerFrame = 320;
    public static readonly TimeSpan Duration = TimeSpan.FromMilliseconds(20);
}

namespace InterviewBot.Core.Audio.Vad;

/// <summary>Voice-activity thresholds; the defaults suit conversational speech on a headset or laptop mic.</summary>
public sealed record VoiceActivityOptions
{
    /// <summary>Speech starts this far above the speaker's own noise floor…</summary>
    public double OnsetDb { get; init; } = 10;

    /// <summary>…and keeps going while it stays this far above it (hysteresis).</summary>
    public double HoldDb { get; init; } = 6;

    /// <summary>Anything quieter than this is never speech, whatever the floor.</summary>
    public double AbsoluteFloorDbfs { get; init; } = -55;

    /// <summary>Shorter bursts (a click, a cough) are not speech.</summary>
    public TimeSpan MinimumSpeech { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Pauses shorter than this stay inside the segment (hangover).</summary>
    public TimeSpan MinimumSilence { get; init; } = TimeSpan.FromMilliseconds(300);

    public static VoiceActivityOptions Default { get; } = new();
}

namespace InterviewBot.Core.Audio.Wav;

/// <summary>Decoded audio: one array of samples in [-1, 1] per channel, at its own sample rate.</summary>
public sealed record PcmAudio(int SampleRate, IReadOnlyList<float[]> Channels)
{
    public TimeSpan Duration => Channels.Count == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds((double)Channels.Max(c => c.Length) / SampleRate);

    /// <summary>
    /// Several single-speaker recordings as one multi-channel recording at 16 kHz, in the order given; each is
    /// resampled from its own rate, and shorter ones are padded with silence (they all start at media time zero).
    /// </summary>
    public static PcmAudio FromTracks(IReadOnlyList<PcmAudio> monoTracks)
    {
        ArgumentNullException.ThrowIfNull(monoTracks);
        var channels = monoTracks.Select(t => t.Channels.Count == 1
                ? Resampler.Resample(t.Channels[0], t.SampleRate, AudioFrame.SampleRate)
                : throw new ArgumentException($"a track has {t.Channels.Count} channels; each track must be mono", nameof(monoTracks)))
            .ToArray();
        var length = channels.Length == 0 ? 0 : channels.Max(c => c.Length);
        return new PcmAudio(AudioFrame.SampleRate, channels.Select(c => c.Length == length ? c : [.. c, .. new float[length - c.Length]]).ToArray());
    }
}

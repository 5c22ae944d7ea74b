namespace InterviewBot.Core.Audio.Wav;

/// <summary>Decoded audio: one array of samples in [-1, 1] per channel, at its own sample rate.</summary>
public sealed record PcmAudio(int SampleRate, IReadOnlyList<float[]> Channels)
{
    public TimeSpan Duration => Channels.Count == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds((double)Channels[0].Length / SampleRate);
}

namespace InterviewBot.Core.Audio;

/// <summary>Cuts a 16 kHz channel into 20 ms PCM16 frames, rounding and clipping as a sound card would.</summary>
public static class AudioFrames
{
    public static IEnumerable<AudioFrame> Split(string participantId, float[] samples16k)
    {
        ArgumentNullException.ThrowIfNull(samples16k);
        var frames = samples16k.Length / AudioFrame.SamplesPerFrame;
        for (var f = 0; f < frames; f++)
        {
            var pcm = new short[AudioFrame.SamplesPerFrame];
            for (var i = 0; i < pcm.Length; i++)
                pcm[i] = (short)Math.Clamp(Math.Round(samples16k[f * AudioFrame.SamplesPerFrame + i] * 32767.0), short.MinValue, short.MaxValue);
            yield return new AudioFrame(participantId, AudioFrame.Duration * f, pcm);
        }
    }
}

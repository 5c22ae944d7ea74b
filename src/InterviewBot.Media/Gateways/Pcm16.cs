using System.Buffers.Binary;

namespace InterviewBot.Media.Gateways;

/// <summary>Base64 PCM16 little-endian, as the gateways and Zoom send it, to samples.</summary>
public static class Pcm16
{
    public static (short[]? Samples, string? Error) FromBase64(string? base64)
    {
        if (string.IsNullOrEmpty(base64)) return (null, "the audio chunk is empty");
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return (null, "the audio chunk is not base64");
        }
        if (bytes.Length % 2 != 0) return (null, $"the audio chunk has {bytes.Length} bytes: PCM16 needs an even number");
        var samples = new short[bytes.Length / 2];
        for (var i = 0; i < samples.Length; i++) samples[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(i * 2));
        return (samples, null);
    }
}

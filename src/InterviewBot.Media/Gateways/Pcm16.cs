using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;

namespace InterviewBot.Media.Gateways;

/// <summary>Base64 PCM16 little-endian, as the gateways and Zoom send it, to sample bytes.</summary>
public static class Pcm16
{
    /// <summary>Decodes base64 text where it lies (the bytes overwrite the text); the reason when it is not base64 PCM16.</summary>
    public static string? DecodeBase64InPlace(Span<byte> base64, out int bytes)
    {
        bytes = 0;
        if (base64.IsEmpty) return "the audio chunk is empty";
        if (Base64.DecodeFromUtf8InPlace(base64, out var written) != OperationStatus.Done) return "the audio chunk is not base64";
        if (written % 2 != 0) return $"the audio chunk has {written} bytes: PCM16 needs an even number";
        bytes = written;
        return null;
    }

    /// <summary>Base64 text to an array of samples (the Zoom stream's path, which still reads each message as a document).</summary>
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

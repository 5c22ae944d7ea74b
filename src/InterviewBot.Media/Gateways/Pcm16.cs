using System.Buffers;
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
}

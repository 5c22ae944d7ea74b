using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace InterviewBot.Media.Gateways;

/// <summary>
/// One chunk of one participant's audio as a meeting-bot gateway sent it, already in our format (16 kHz mono PCM16),
/// held in buffers one connection reuses for every message: no array and no string per chunk on the steady path.
/// Valid until the next message is read into it.
/// </summary>
public sealed class GatewayChunk : IDisposable
{
    private readonly RecentStrings _strings = new();
    private byte[] _pcm = ArrayPool<byte>.Shared.Rent(4096);
    private byte[] _scratch = ArrayPool<byte>.Shared.Rent(256);
    private int _pcmLength;

    /// <summary>The gateway's key for the participant (<c>attendee:{uuid}</c>, <c>recall:{id}</c>, <c>zoom:{user_id}</c>).</summary>
    public string ParticipantKey { get; private set; } = "";

    /// <summary>The participant's name, when the gateway sends it with the audio.</summary>
    public string? Name { get; private set; }

    /// <summary>Whether the participant hosts the meeting, when the gateway says.</summary>
    public bool? IsHost { get; private set; }

    /// <summary>Media time of the first sample.</summary>
    public TimeSpan MediaTime { get; private set; }

    /// <summary>The samples: PCM16 little-endian bytes, decoded in place in the connection's buffer.</summary>
    public ReadOnlyMemory<byte> Pcm => _pcm.AsMemory(0, _pcmLength);

    /// <summary>The samples as an array of their own (a copy: for tests and big-endian machines, not the frame path).</summary>
    public short[] Samples()
    {
        var samples = MemoryMarshal.Cast<byte, short>(Pcm.Span).ToArray();
        if (!BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(samples, samples);
        return samples;
    }

    /// <summary>Says whose audio the decoded samples are, and when.</summary>
    public void Set(string participantKey, string? name, bool? isHost, TimeSpan mediaTime)
    {
        ParticipantKey = participantKey;
        Name = name;
        IsHost = isHost;
        MediaTime = mediaTime;
    }

    /// <summary>
    /// Decodes a JSON string token of base64 PCM16 into this chunk's buffer (unescaped, then decoded in place);
    /// the reason when it is missing, empty, not base64 or an odd number of bytes.
    /// </summary>
    /// <param name="base64">A reader positioned on the value (a copy taken while the message was read).</param>
    /// <param name="present">False when the message had no such value.</param>
    public string? DecodePcm16(ref Utf8JsonReader base64, bool present)
    {
        _pcmLength = 0;
        if (!present || base64.TokenType == JsonTokenType.Null) return "the audio chunk is empty";
        if (base64.TokenType != JsonTokenType.String) throw new JsonException("the audio chunk must be a string");
        var raw = base64.ValueSpan.Length; // the unescaped text is never longer
        if (raw == 0) return "the audio chunk is empty";
        if (_pcm.Length < raw) Grow(ref _pcm, raw);
        var text = base64.CopyString(_pcm);
        var error = Pcm16.DecodeBase64InPlace(_pcm.AsSpan(0, text), out var bytes);
        if (error is null) _pcmLength = bytes;
        return error;
    }

    /// <summary><paramref name="prefix"/> then <paramref name="utf8"/> as a string, the same instance as last time for the same bytes.</summary>
    public string Text(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> utf8)
    {
        var length = prefix.Length + utf8.Length;
        if (_scratch.Length < length) Grow(ref _scratch, length);
        prefix.CopyTo(_scratch);
        utf8.CopyTo(_scratch.AsSpan(prefix.Length));
        return _strings.Get(_scratch.AsSpan(0, length));
    }

    /// <summary>A JSON string token (unescaped) after <paramref name="prefix"/>, as <see cref="Text(ReadOnlySpan{byte}, ReadOnlySpan{byte})"/>; null for a JSON null.</summary>
    public string? Text(ReadOnlySpan<byte> prefix, ref Utf8JsonReader value)
    {
        if (value.TokenType == JsonTokenType.Null) return null;
        if (value.TokenType != JsonTokenType.String) throw new JsonException("expected a string");
        var length = prefix.Length + value.ValueSpan.Length;
        if (_scratch.Length < length) Grow(ref _scratch, length);
        prefix.CopyTo(_scratch);
        var written = value.CopyString(_scratch.AsSpan(prefix.Length));
        return _strings.Get(_scratch.AsSpan(0, prefix.Length + written));
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_pcm);
        ArrayPool<byte>.Shared.Return(_scratch);
        _pcm = _scratch = [];
        _pcmLength = 0;
    }

    private static void Grow(ref byte[] buffer, int length)
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = ArrayPool<byte>.Shared.Rent(length);
    }
}

using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace InterviewBot.Media.Ingest;

/// <summary>
/// One binary message of the ingest protocol (docs/media-protocol.md): a 16-byte little-endian header —
/// version (1 byte, = 1), reserved (1 byte), participant index (uint16), media time in ms (int64), sample
/// count (uint32) — then that many PCM16 little-endian samples, 16 kHz mono.
/// </summary>
public readonly record struct IngestFrame(int ParticipantIndex, TimeSpan MediaTime, ReadOnlyMemory<short> Samples)
{
    public const int HeaderBytes = 16;
    public const byte Version = 1;

    /// <summary>Reads a binary message; null with the reason when it is not a well-formed frame.</summary>
    public static (IngestFrame? Frame, string? Error) Parse(ReadOnlyMemory<byte> message)
    {
        var span = message.Span;
        if (span.Length < HeaderBytes) return (null, $"a binary message needs a {HeaderBytes}-byte header; this one has {span.Length} bytes");
        if (span[0] != Version) return (null, $"frame version {span[0]} is not supported (expected {Version})");
        var index = BinaryPrimitives.ReadUInt16LittleEndian(span[2..]);
        var ms = BinaryPrimitives.ReadInt64LittleEndian(span[4..]);
        var count = BinaryPrimitives.ReadUInt32LittleEndian(span[12..]);
        if (ms < 0) return (null, "media time is negative");
        if ((long)count * 2 != span.Length - HeaderBytes)
            return (null, $"the header says {count} samples but {span.Length - HeaderBytes} bytes follow (expected {(long)count * 2})");
        var samples = new short[count];
        MemoryMarshal.Cast<byte, short>(span[HeaderBytes..]).CopyTo(samples);
        if (!BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(samples, samples);
        return (new IngestFrame(index, TimeSpan.FromMilliseconds(ms), samples), null);
    }

    /// <summary>Writes a frame (for clients, tests and the load generator).</summary>
    public static byte[] Write(int participantIndex, TimeSpan mediaTime, ReadOnlySpan<short> samples)
    {
        var bytes = new byte[HeaderBytes + samples.Length * 2];
        bytes[0] = Version;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2), checked((ushort)participantIndex));
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(4), (long)mediaTime.TotalMilliseconds);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(12), (uint)samples.Length);
        for (var i = 0; i < samples.Length; i++) BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(HeaderBytes + i * 2), samples[i]);
        return bytes;
    }
}

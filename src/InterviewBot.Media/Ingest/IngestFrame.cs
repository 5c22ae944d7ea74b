using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace InterviewBot.Media.Ingest;

/// <summary>
/// One packet of a binary message of the ingest protocol (docs/media-protocol.md): a 16-byte little-endian header —
/// version (1 byte, = 1), packet count (1 byte, in the first packet: how many packets the message holds; 0 means 1),
/// participant index (uint16), media time in ms (int64), sample count (uint32) — then that many PCM16 little-endian
/// samples, 16 kHz mono. A message holds one or more packets back to back (several 20 ms frames, or one per speaker).
/// </summary>
/// <param name="ParticipantIndex">The index announced in <c>start</c> or <c>participant-joined</c>.</param>
/// <param name="MediaTime">Media time of the first sample.</param>
/// <param name="Pcm">The samples as they arrived (PCM16 little-endian bytes), not copied.</param>
public readonly record struct IngestFrame(int ParticipantIndex, TimeSpan MediaTime, ReadOnlyMemory<byte> Pcm)
{
    public const int HeaderBytes = 16;
    public const byte Version = 1;

    /// <summary>The samples (a view of <see cref="Pcm"/> on little-endian machines, a copy elsewhere).</summary>
    public ReadOnlyMemory<short> Samples()
    {
        var samples = MemoryMarshal.Cast<byte, short>(Pcm.Span).ToArray();
        if (!BitConverter.IsLittleEndian) BinaryPrimitives.ReverseEndianness(samples, samples);
        return samples;
    }

    /// <summary>
    /// Reads every packet of a binary message into <paramref name="packets"/> (cleared first; reused by the caller, so
    /// nothing is allocated per message); the reason when the message is not well formed, and then no packet at all.
    /// </summary>
    public static string? Parse(ReadOnlyMemory<byte> message, List<IngestFrame> packets)
    {
        ArgumentNullException.ThrowIfNull(packets);
        packets.Clear();
        var error = ReadPackets(message, packets);
        if (error is not null) packets.Clear();
        return error;
    }

    private static string? ReadPackets(ReadOnlyMemory<byte> message, List<IngestFrame> packets)
    {
        var span = message.Span;
        if (span.Length < HeaderBytes) return $"a binary message needs a {HeaderBytes}-byte header; this one has {span.Length} bytes";
        var count = Math.Max(1, (int)span[1]);
        var offset = 0;
        for (var n = 0; n < count; n++)
        {
            var rest = span[offset..];
            if (rest.Length < HeaderBytes)
                return $"the message says {count} packets but packet {n + 1} has no room for its {HeaderBytes}-byte header ({rest.Length} bytes left)";
            if (rest[0] != Version) return $"frame version {rest[0]} is not supported (expected {Version})";
            var index = BinaryPrimitives.ReadUInt16LittleEndian(rest[2..]);
            var ms = BinaryPrimitives.ReadInt64LittleEndian(rest[4..]);
            var samples = BinaryPrimitives.ReadUInt32LittleEndian(rest[12..]);
            if (ms < 0) return "media time is negative";
            var bytes = (long)samples * 2;
            if (bytes > rest.Length - HeaderBytes || (n == count - 1 && bytes != rest.Length - HeaderBytes))
            {
                return count == 1
                    ? $"the header says {samples} samples but {rest.Length - HeaderBytes} bytes follow (expected {bytes})"
                    : $"packet {n + 1} of {count} says {samples} samples but {rest.Length - HeaderBytes} bytes follow it (the last packet must end the message)";
            }
            packets.Add(new IngestFrame(index, TimeSpan.FromMilliseconds(ms), message.Slice(offset + HeaderBytes, (int)bytes)));
            offset += HeaderBytes + (int)bytes;
        }
        return null;
    }

    /// <summary>Writes a one-packet message (for clients, tests and the load generator).</summary>
    public static byte[] Write(int participantIndex, TimeSpan mediaTime, ReadOnlySpan<short> samples)
    {
        var bytes = new byte[HeaderBytes + samples.Length * 2];
        WritePacket(bytes, participantIndex, mediaTime, samples, packetCount: 1);
        return bytes;
    }

    /// <summary>Writes one packet at the start of <paramref name="destination"/>; returns the bytes written.</summary>
    /// <param name="destination">Room for the header and the samples.</param>
    /// <param name="participantIndex">Whose audio.</param>
    /// <param name="mediaTime">Media time of the first sample.</param>
    /// <param name="samples">16 kHz mono samples.</param>
    /// <param name="packetCount">For the first packet of a message, how many it holds; 0 for the packets after it.</param>
    public static int WritePacket(Span<byte> destination, int participantIndex, TimeSpan mediaTime, ReadOnlySpan<short> samples, int packetCount)
    {
        destination[0] = Version;
        destination[1] = checked((byte)packetCount);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[2..], checked((ushort)participantIndex));
        BinaryPrimitives.WriteInt64LittleEndian(destination[4..], (long)mediaTime.TotalMilliseconds);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[12..], (uint)samples.Length);
        var pcm = destination.Slice(HeaderBytes, samples.Length * 2);
        if (BitConverter.IsLittleEndian) MemoryMarshal.AsBytes(samples).CopyTo(pcm);
        else for (var i = 0; i < samples.Length; i++) BinaryPrimitives.WriteInt16LittleEndian(pcm[(i * 2)..], samples[i]);
        return HeaderBytes + samples.Length * 2;
    }
}

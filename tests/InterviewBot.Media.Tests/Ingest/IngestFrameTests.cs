using InterviewBot.Media.Ingest;

namespace InterviewBot.Media.Tests.Ingest;

public class IngestFrameTests
{
    private static (List<IngestFrame> Packets, string? Error) Parse(ReadOnlyMemory<byte> message)
    {
        var packets = new List<IngestFrame>();
        var error = IngestFrame.Parse(message, packets);
        return (packets, error);
    }

    [Fact]
    public void WrittenFrame_ReadsBack()
    {
        short[] samples = [1, -2, short.MaxValue, short.MinValue];

        var (packets, error) = Parse(IngestFrame.Write(3, TimeSpan.FromMilliseconds(1234), samples));

        Assert.Null(error);
        var frame = Assert.Single(packets);
        Assert.Equal((3, TimeSpan.FromMilliseconds(1234)), (frame.ParticipantIndex, frame.MediaTime));
        Assert.Equal(samples, frame.Samples().ToArray());
    }

    [Fact]
    public void PacketCountZero_IsOnePacket()
    {
        var bytes = IngestFrame.Write(0, TimeSpan.Zero, new short[320]);
        bytes[1] = 0; // what clients wrote when the byte was reserved

        var (packets, error) = Parse(bytes);

        Assert.Null(error);
        Assert.Single(packets);
    }

    [Fact]
    public void SeveralPackets_ReadBackInOrderWithoutCopying()
    {
        var message = new byte[3 * (IngestFrame.HeaderBytes + 640)];
        var offset = 0;
        for (var n = 0; n < 3; n++)
            offset += IngestFrame.WritePacket(message.AsSpan(offset), n % 2, TimeSpan.FromMilliseconds(20 * n), Enumerable.Repeat((short)(n + 1), 320).ToArray(), n == 0 ? 3 : 0);

        var (packets, error) = Parse(message);

        Assert.Null(error);
        Assert.Equal([(0, 0.0, (short)1), (1, 20.0, (short)2), (0, 40.0, (short)3)],
            packets.Select(p => (p.ParticipantIndex, p.MediaTime.TotalMilliseconds, p.Samples().Span[319])));
        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(packets[2].Pcm, out var view) && view.Array == message);
    }

    [Fact]
    public void MorePacketsAnnouncedThanSent_IsRefusedWithNoPacket()
    {
        var bytes = IngestFrame.Write(0, TimeSpan.Zero, new short[320]);
        bytes[1] = 2;

        var (packets, error) = Parse(bytes);

        Assert.Contains("the message says 2 packets but packet 2 has no room", error, StringComparison.Ordinal);
        Assert.Empty(packets);
    }

    [Fact]
    public void ShorterThanTheHeader_IsRefused() =>
        Assert.Contains("16-byte header", Parse(new byte[10]).Error, StringComparison.Ordinal);

    [Fact]
    public void SampleCountThatDisagreesWithTheLength_IsRefused()
    {
        var bytes = IngestFrame.Write(0, TimeSpan.Zero, new short[320]);

        var (_, error) = Parse(bytes.AsMemory(0, bytes.Length - 3));

        Assert.Contains("the header says 320 samples but 637 bytes follow", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownVersion_IsRefused()
    {
        var bytes = IngestFrame.Write(0, TimeSpan.Zero, new short[2]);
        bytes[0] = 9;

        Assert.Contains("frame version 9", Parse(bytes).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeMediaTime_IsRefused()
    {
        var bytes = IngestFrame.Write(0, TimeSpan.Zero, new short[2]);
        BitConverter.TryWriteBytes(bytes.AsSpan(4), -5L);

        Assert.Equal("media time is negative", Parse(bytes).Error);
    }
}

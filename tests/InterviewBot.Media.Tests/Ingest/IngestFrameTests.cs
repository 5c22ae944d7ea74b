using InterviewBot.Media.Ingest;

namespace InterviewBot.Media.Tests.Ingest;

public class IngestFrameTests
{
    [Fact]
    public void WrittenFrame_ReadsBack()
    {
        short[] samples = [1, -2, short.MaxValue, short.MinValue];

        var (frame, error) = IngestFrame.Parse(IngestFrame.Write(3, TimeSpan.FromMilliseconds(1234), samples));

        Assert.Null(error);
        Assert.Equal((3, TimeSpan.FromMilliseconds(1234)), (frame!.Value.ParticipantIndex, frame.Value.MediaTime));
        Assert.Equal(samples, frame.Value.Samples.ToArray());
    }

    [Fact]
    public void ShorterThanTheHeader_IsRefused() =>
        Assert.Contains("16-byte header", IngestFrame.Parse(new byte[10]).Error, StringComparison.Ordinal);

    [Fact]
    public void SampleCountThatDisagreesWithTheLength_IsRefused()
    {
        var bytes = IngestFrame.Write(0, TimeSpan.Zero, new short[320]);

        var (_, error) = IngestFrame.Parse(bytes.AsMemory(0, bytes.Length - 3));

        Assert.Contains("the header says 320 samples but 637 bytes follow", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownVersion_IsRefused()
    {
        var bytes = IngestFrame.Write(0, TimeSpan.Zero, new short[2]);
        bytes[0] = 9;

        Assert.Contains("frame version 9", IngestFrame.Parse(bytes).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeMediaTime_IsRefused()
    {
        var bytes = IngestFrame.Write(0, TimeSpan.Zero, new short[2]);
        BitConverter.TryWriteBytes(bytes.AsSpan(4), -5L);

        Assert.Equal("media time is negative", IngestFrame.Parse(bytes).Error);
    }
}

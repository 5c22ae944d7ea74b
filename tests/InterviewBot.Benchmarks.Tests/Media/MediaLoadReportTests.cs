using InterviewBot.Benchmarks.Media;

namespace InterviewBot.Benchmarks.Tests.Media;

public class MediaLoadReportTests
{
    private static MediaLoadReport Report(double p99 = 12.34, long late = 0) => new(Sessions: 500, Seconds: 20, ChunkMs: 20, SplitSpeakers: false, CpuSource: "/proc/1/stat",
        ServerCpuMs: 10_000, Frames: 1_000_000, DroppedFrames: 0, AllocatedBytes: 15_000_000, Gen0: 3, Gen1: 1, Gen2: 0, GcPauseMs: 4.5, LatencySamples: 10_000,
        P50Ms: 1.2, P99Ms: p99, MaxMs: 40, LateFrames: late, SentFrames: 1_000_000, LoadAverage: "1.00 1.00 1.00");

    private static string[] Lines(MediaLoadReport report)
    {
        using var output = new StringWriter();
        report.Write(output);
        return output.ToString().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
    }

    [Fact]
    public void LastLine_IsTheOneSummaryLine() =>
        Assert.Equal("sessions=500 p99_ms=12.3 server_cpu_ms_per_session_s=1.000 late_frames=0 alloc_bytes_per_frame=15.0", Lines(Report())[^1]);

    [Fact]
    public void LateFrames_MeanItDoesNotKeepUpWhateverTheLatency() =>
        Assert.Contains("500 sessions do NOT keep up", Lines(Report(late: 1))[^2], StringComparison.Ordinal);

    [Fact]
    public void NoFrameMeasured_DoesNotKeepUp() => Assert.False((Report() with { Frames = 0, SentFrames = 0 }).KeepsUp);

    [Fact]
    public void P99AtFiftyMs_DoesNotKeepUp() => Assert.False(Report(p99: 50).KeepsUp);

    [Fact]
    public void P99UnderFiftyWithNoLateFrame_KeepsUp() => Assert.True(Report(p99: 49.9).KeepsUp);
}

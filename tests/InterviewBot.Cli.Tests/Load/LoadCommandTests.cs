namespace InterviewBot.Cli.Tests.Load;

/// <summary><c>interviewbot load</c> on a small scale: it starts the server, streams real-time sessions and reports the figures.</summary>
public class LoadCommandTests
{
    [Fact]
    public async Task SmallLoad_ReportsLatencyCpuAndMemory()
    {
        var result = await Cli.RunAsync("load", "--sessions", "4", "--seconds", "4");

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Contains("frame-to-metric latency: p50", result.Out, StringComparison.Ordinal);
        Assert.Contains("KB managed per session", result.Out, StringComparison.Ordinal);
        Assert.Contains("4 concurrent real-time sessions keep p99 under 50 ms", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "4")]
    [InlineData("4", "1")]
    public async Task OutOfRangeOptions_ExitTwo(string sessions, string seconds)
    {
        var result = await Cli.RunAsync("load", "--sessions", sessions, "--seconds", seconds);

        Assert.Equal(2, result.ExitCode);
    }
}

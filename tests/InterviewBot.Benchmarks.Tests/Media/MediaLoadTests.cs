using System.Text.RegularExpressions;
using InterviewBot.Benchmarks.Media;

namespace InterviewBot.Benchmarks.Tests.Media;

/// <summary>The media load generator on a tiny scale against a real server process: the report's shape, never its figures.</summary>
public class MediaLoadTests
{
    [Fact]
    public async Task SmallRun_AgainstItsOwnServerProcess_EndsWithTheSummaryLine()
    {
        using var output = new StringWriter();

        var exit = await MediaLoad.RunAsync(["--sessions", "2", "--seconds", "2", "--warm-up", "1"], output);

        var lines = output.ToString().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.True(exit == 0, output.ToString());
        Assert.Matches(@"^sessions=2 p99_ms=\d+\.\d server_cpu_ms_per_session_s=\d+\.\d{3} late_frames=\d+ alloc_bytes_per_frame=\d+\.\d$", lines[^1]);
        Assert.Contains(lines, l => l.Contains("(/proc/", StringComparison.Ordinal)); // the server's CPU, read from its own process
    }

    [Fact]
    public async Task SmallRun_CountsTheFramesTheServerTook()
    {
        using var output = new StringWriter();

        await MediaLoad.RunAsync(["--sessions", "1", "--seconds", "2", "--warm-up", "1"], output);

        var frames = Regex.Match(output.ToString(), @"over ([\d,]+) frames").Groups[1].Value;
        Assert.True(long.Parse(frames.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) > 0, output.ToString());
    }

    [Theory]
    [InlineData("--sessions", "0")]
    [InlineData("--chunk-ms", "30")]
    [InlineData("--warm-up", "0")]
    [InlineData("--url", "http://127.0.0.1:1/")]
    public async Task BadOptions_ExitTwoWithoutStartingAnything(string option, string value)
    {
        using var output = new StringWriter();

        Assert.Equal(2, await MediaLoad.RunAsync([option, value], output));
        Assert.Equal("", output.ToString());
    }
}

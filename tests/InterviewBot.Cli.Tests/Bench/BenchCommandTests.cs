namespace InterviewBot.Cli.Tests.Bench;

public class BenchCommandTests
{
    [Fact]
    public async Task Bench_PrintsItsFigures()
    {
        var result = await Cli.RunAsync("bench", "--minutes", "3", "--iterations", "1", "--sample", Cli.Sample("bakery-bad.vtt"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("replay --speed max, median", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"\d+\.\d ms", result.Out);
    }
}

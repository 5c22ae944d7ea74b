namespace InterviewBot.Cli.Tests.Eval;

/// <summary>The bundled interviews against their expectations: every must-nudge fires, no must-not does.</summary>
public class SampleScenarioTests
{
    [Fact]
    public async Task BundledSamples_MeetEveryExpectation()
    {
        var result = await Cli.RunAsync("eval", "--scenarios", Path.Combine(AppContext.BaseDirectory, "samples"));

        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Equal(5, result.Out.Split('\n').Count(l => l.StartsWith("PASS ", StringComparison.Ordinal)));
    }
}

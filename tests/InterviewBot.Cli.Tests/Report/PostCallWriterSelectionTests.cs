using System.Net;
using System.Net.Sockets;

namespace InterviewBot.Cli.Tests.Report;

/// <summary>The post-call writer is chosen by configuration alone, and an unreachable LLM never costs the report.</summary>
public sealed class PostCallWriterSelectionTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task LlmWriterThatCannotConnect_FallsBackAndStillWritesTheReport()
    {
        var settings = new Dictionary<string, string?>
        {
            ["PostCall:Writer"] = "llm",
            ["PostCall:Llm:Endpoint"] = $"http://127.0.0.1:{ClosedLoopbackPort()}/v1",
            ["PostCall:Llm:Model"] = "any",
            ["PostCall:Llm:MaxRetries"] = "1",
            ["PostCall:Llm:RetryBaseDelay"] = "00:00:00.010",
        };

        var result = await Cli.RunWithSettingsAsync(settings, "report", Cli.Sample("clinic-mixed-zoom.vtt"), "--out", _temp.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("LLM post-call request 1/1 failed", result.Error, StringComparison.Ordinal);
        Assert.Contains("I sat in my car in the parking lot afterwards and cried.", File.ReadAllText(Path.Combine(_temp.Path, "snapshot.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LlmSynthesisThatCannotConnect_FallsBackAndStillWritesTheSynthesis()
    {
        var settings = new Dictionary<string, string?>
        {
            ["PostCall:Writer"] = "llm",
            ["PostCall:Llm:Endpoint"] = $"http://127.0.0.1:{ClosedLoopbackPort()}/v1",
            ["PostCall:Llm:Model"] = "any",
            ["PostCall:Llm:MaxRetries"] = "1",
            ["PostCall:Llm:RetryBaseDelay"] = "00:00:00.010",
        };
        var a = Synthesis.ReportFolder.Write(_temp.Path, "a", "Saturday wholesale changes wreck the staff schedule.");
        var b = Synthesis.ReportFolder.Write(_temp.Path, "b", "The Saturday wholesale changes wreck my staff schedule.");
        var output = Path.Combine(_temp.Path, "synthesis");

        var result = await Cli.RunWithSettingsAsync(settings, "synthesize", a, b, "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("LLM synthesis request failed", result.Error, StringComparison.Ordinal);
        Assert.Contains("Saturday wholesale changes", File.ReadAllText(Path.Combine(output, "synthesis.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LlmWriterWithoutEndpoint_IsAConfigurationError()
    {
        var result = await Cli.RunWithSettingsAsync(new() { ["PostCall:Writer"] = "llm" }, "report", Cli.Sample("clinic-mixed-zoom.vtt"), "--out", _temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("configuration error", result.Error, StringComparison.Ordinal);
        Assert.Contains("Endpoint", result.Error, StringComparison.Ordinal);
    }
}

using System.Text.Json;

namespace InterviewBot.Cli.Tests.Synthesis;

public sealed class SynthesizeTranscriptTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A report with an empty snapshot whose transcript has the interviewer's question and the interviewee's answer.</summary>
    private string Interview(string name, string answer)
    {
        var dir = Directory.CreateDirectory(Path.Combine(_temp.Path, name)).FullName;
        var transcript = new[]
        {
            new { text = "How do you make the monthly charts today?", speaker = "Dan", at_seconds = 5.0 },
            new { text = answer, speaker = "Participant", at_seconds = 12.5 },
        };
        File.WriteAllText(Path.Combine(dir, "report.json"), JsonSerializer.Serialize(new { interviewer = "Dan", snapshot = new { }, transcript }));
        return dir;
    }

    [Fact]
    public async Task IntervieweeTranscriptLines_AreEvidence_TheInterviewersAreNot()
    {
        var outDir = Path.Combine(_temp.Path, "out");

        var result = await Cli.RunAsync("synthesize", Interview("p1", "We recreate every chart by hand from old notebooks."),
            Interview("p2", "Every chart is recreated by hand, copying old notebooks."), "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "synthesis.json")));
        var quotes = json.RootElement.GetProperty("themes").EnumerateArray().SelectMany(t => t.GetProperty("quotes").EnumerateArray()).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(12.5, q.GetProperty("at_seconds").GetDouble()));
        Assert.All(quotes, q => Assert.Equal("said", q.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task TranscriptThatIsNotAnArray_IsAClearError()
    {
        var bad = Directory.CreateDirectory(Path.Combine(_temp.Path, "bad")).FullName;
        File.WriteAllText(Path.Combine(bad, "report.json"), """{"snapshot": {}, "transcript": "none"}""");

        var result = await Cli.RunAsync("synthesize", Interview("p1", "We recreate every chart by hand."), bad, "--out", Path.Combine(_temp.Path, "out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("transcript is not an array", result.Error, StringComparison.Ordinal);
    }
}

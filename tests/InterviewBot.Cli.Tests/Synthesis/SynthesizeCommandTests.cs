using System.Text.Json;

namespace InterviewBot.Cli.Tests.Synthesis;

public sealed class SynthesizeCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Interview(string name, params string[] insights) => ReportFolder.Write(_temp.Path, name, insights);

    [Fact]
    public async Task ReportFolders_GiveSynthesisFilesWithAThemeFromBoth()
    {
        var a = Interview("p1", "We recreate every plot by hand from old notebooks.");
        var b = Interview("p2", "Every plot is recreated by hand, copying old notebooks.");
        var outDir = Path.Combine(_temp.Path, "out");

        var result = await Cli.RunAsync("synthesize", a, b, "--out", outDir);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Raised in 2 interviews: p1, p2", File.ReadAllText(Path.Combine(outDir, "synthesis.md")), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "synthesis.json")));
        Assert.Equal(1, json.RootElement.GetProperty("themes").GetArrayLength());
    }

    [Fact]
    public async Task FolderWithoutReport_IsAClearErrorAndWritesNothing()
    {
        var a = Interview("p1", "We recreate every plot by hand.");
        var empty = Directory.CreateDirectory(Path.Combine(_temp.Path, "empty")).FullName;
        var outDir = Path.Combine(_temp.Path, "out");

        var result = await Cli.RunAsync("synthesize", a, empty, "--out", outDir);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no report.json here", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Fact]
    public async Task ReportThatIsNotJson_IsAClearError()
    {
        var a = Interview("p1", "x");
        var bad = Directory.CreateDirectory(Path.Combine(_temp.Path, "bad")).FullName;
        File.WriteAllText(Path.Combine(bad, "report.json"), "{ not json");

        var result = await Cli.RunAsync("synthesize", a, bad, "--out", Path.Combine(_temp.Path, "out"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not valid JSON", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalSynthesis_CountsAWrittenThemeFoundInTwoInterviews()
    {
        var outDir = Path.Combine(_temp.Path, "out");
        await Cli.RunAsync("synthesize", Interview("p1", "We recreate every plot by hand from old notebooks."),
            Interview("p2", "Every plot is recreated by hand, copying old notebooks."), "--out", outDir);
        var themes = _temp.File("themes.json", """
            {"themes": [{"name": "By hand", "interviews": ["p1", "p2"], "terms": ["by hand"]},
                        {"name": "Scatter", "interviews": ["p1"], "terms": ["scatter"]}]}
            """);

        var result = await Cli.RunAsync("eval", "--synthesis", outDir, "--themes", themes);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Theme recall: 1/2 (50%)", result.Out, StringComparison.Ordinal);
    }
}

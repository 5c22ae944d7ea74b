namespace InterviewBot.Cli.Tests.Synthesis;

/// <summary>eval --synthesis counts a written theme only when a group's quotes really are about it.</summary>
public sealed class SynthesisEvalStrictTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<string> EvalAsync(string themesJson, params (string Name, string Insight)[] interviews)
    {
        var outDir = Path.Combine(_temp.Path, "out");
        var folders = interviews.Select(i => ReportFolder.Write(_temp.Path, i.Name, i.Insight)).ToArray();
        Assert.Equal(0, (await Cli.RunAsync(["synthesize", .. folders, "--out", outDir])).ExitCode);
        var result = await Cli.RunAsync("eval", "--synthesis", outDir, "--themes", _temp.File("themes.json", themesJson));
        Assert.Equal(0, result.ExitCode);
        return result.Out;
    }

    [Fact]
    public async Task TermsSpreadOverTwoQuotes_DoNotFindTheTheme() =>
        Assert.Contains("Theme recall: 0/1", await EvalAsync("""{"themes": [{"name": "Plots by hand", "terms": ["plots", "by hand"]}]}""",
            ("p1", "We recreate the plots from old notebooks."), ("p2", "We recreate everything by hand from old notebooks.")), StringComparison.Ordinal);

    [Fact]
    public async Task EachOfTwoInterviewsQuotingAllTerms_FindsTheTheme() =>
        Assert.Contains("Theme recall: 1/1", await EvalAsync("""{"themes": [{"name": "Plots by hand", "terms": ["plots", "by hand"]}]}""",
            ("p1", "We recreate the plots by hand from old notebooks."), ("p2", "Our plots are recreated by hand from old notebooks.")), StringComparison.Ordinal);

    [Fact]
    public async Task OneGroup_FindsOneWrittenThemeOnly() =>
        Assert.Contains("Theme recall: 1/2", await EvalAsync("""
            {"themes": [{"name": "By hand", "terms": ["by hand"]}, {"name": "Notebooks", "terms": ["notebooks"]}]}
            """, ("p1", "We recreate the plots by hand from old notebooks."), ("p2", "Our plots are recreated by hand from old notebooks.")), StringComparison.Ordinal);
}

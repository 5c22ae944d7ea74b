namespace InterviewBot.Cli.Tests.Prep;

public sealed class PrepCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Goal_GivesAGuideWithTheDetectedKindWrittenToGuideMd()
    {
        var result = await Cli.RunAsync("prep", "--goal", "a quotable case study for the homepage", "--interviewee", "Tanya", "--company", "Riverside",
            "--planned-minutes", "40", "--out", _temp.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("case_study, 40 min (kind detected from the goal", result.Out, StringComparison.Ordinal);
        var guide = File.ReadAllText(Path.Combine(_temp.Path, "guide.md"));
        Assert.Contains("# Discussion guide: Tanya (Riverside)", guide, StringComparison.Ordinal);
        Assert.Contains("- Ask: What almost stopped you from trying it?", guide, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kind_CanBeCorrected()
    {
        var result = await Cli.RunAsync("prep", "--goal", "a quotable case study for the homepage", "--kind", "validation", "--out", _temp.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Could we set up a pilot with your team next month?", File.ReadAllText(Path.Combine(_temp.Path, "guide.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prep")]
    [InlineData("prep", "--goal", "  ")]
    [InlineData("prep", "--goal", "x", "--kind", "sales")]
    public async Task MissingOrBadGoal_ExitsTwo(params string[] args) =>
        Assert.Equal(2, (await Cli.RunAsync(args)).ExitCode);

    [Fact]
    public async Task EvalGoals_ReportsKindAccuracyAndMisses()
    {
        var goals = _temp.File("goals.jsonl",
            "{\"goal\": \"a quotable case study\", \"kind\": \"case_study\"}\n{\"goal\": \"is this problem worth solving?\", \"kind\": \"validation\"}\n{\"goal\": \"understand scheduling\", \"kind\": \"validation\"}\n");

        var result = await Cli.RunAsync("eval", "--goals", goals);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("kind accuracy 0.667 (2/3)", result.Out, StringComparison.Ordinal);
        Assert.Contains("understand scheduling", result.Out, StringComparison.Ordinal);
    }
}

namespace InterviewBot.Cli.Tests.Eval;

public sealed class EvalCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string Interview =
        "WEBVTT\n\n00:01:40.000 --> 00:01:44.000\n<v Ann>You love how fast it is, right?</v>\n\n00:01:45.000 --> 00:01:50.000\n<v Bo>Sure, it is fast.</v>\n";

    [Fact]
    public async Task Utterances_PrintsPrecisionRecallAndConfusions()
    {
        var input = _temp.File("set.jsonl",
            "{\"id\":\"a\",\"role\":\"interviewer\",\"text\":\"You love it, right?\",\"labels\":[\"leading_question\"],\"tags\":[]}\n" +
            "{\"id\":\"b\",\"role\":\"interviewer\",\"text\":\"Do you use Slack?\",\"labels\":[\"open_question\"],\"tags\":[]}\n");

        var result = await Cli.RunAsync("eval", "--utterances", input);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"leading_question\s*│\s*1\s*│\s*1\.000\s*│\s*1\.000", result.Out);
        Assert.Matches(@"open_question\s*│\s*closed_question\s*│\s*1\s*│\s*b", result.Out);
    }

    [Fact]
    public async Task Scenarios_AllExpectationsMet_ExitsZero()
    {
        _temp.File("a.vtt", Interview);
        _temp.File("expectations.json", "{\"a.vtt\": {\"interviewer\": \"Ann\", \"must_nudge\": [{\"nudge\": \"leading_question\", \"around\": \"01:44\"}], \"must_not_nudge\": [\"pitch\"]}}");

        var result = await Cli.RunAsync("eval", "--scenarios", _temp.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("PASS a.vtt", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scenarios_UnmetExpectation_ExitsThreeAndSaysWhich()
    {
        _temp.File("a.vtt", Interview);
        _temp.File("expectations.json", "{\"a.vtt\": {\"must_nudge\": [{\"nudge\": \"pitch\", \"around\": \"01:00\", \"why\": \"sells\"}], \"must_not_nudge\": [\"leading_question\"]}}");

        var result = await Cli.RunAsync("eval", "--scenarios", _temp.Path);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("missed   pitch around 01:00: sells", result.Out, StringComparison.Ordinal);
        Assert.Contains("unwanted leading_question at 01:44", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"a.vtt\": {\"must_nudge\": [{\"around\": \"01:00\"}]}}", "without \"nudge\"")]
    [InlineData("{\"a.vtt\": {\"must_nudge\": [{\"nudge\": \"pitch\", \"around\": \"soon\"}]}}", "mm:ss")]
    [InlineData("[1]", "expected an object")]
    [InlineData("{", "expectations.json: ")]
    public async Task Scenarios_BadExpectations_ExitTwo(string json, string expected)
    {
        _temp.File("a.vtt", Interview);
        _temp.File("expectations.json", json);

        var result = await Cli.RunAsync("eval", "--scenarios", _temp.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BothOrNeitherOption_ExitsTwo()
    {
        Assert.Equal(2, (await Cli.RunAsync("eval")).ExitCode);
        Assert.Equal(2, (await Cli.RunAsync("eval", "--utterances", "a", "--scenarios", "b")).ExitCode);
    }
}

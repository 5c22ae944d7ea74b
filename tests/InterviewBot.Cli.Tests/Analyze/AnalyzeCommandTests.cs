using System.Text.Json;

namespace InterviewBot.Cli.Tests.Analyze;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task EachInput_GetsOneResultLineWithItsId()
    {
        var input = _temp.File("in.jsonl",
            "{\"id\": \"d1\", \"role\": \"interviewer\", \"text\": \"You love how fast it is, right?\", \"labels\": [\"leading_question\"]}\n" +
            "{\"id\": \"d2\", \"role\": \"interviewee\", \"text\": \"It takes me about fifteen hours a week.\", \"context\": \"How long does it take?\"}\n");

        var result = await Cli.RunAsync("analyze", "--utterances", input);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["d1", "d2"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Contains("leading_question", lines[0].GetProperty("labels").EnumerateArray().Select(x => x.GetString()));
        Assert.Contains("quantified", lines[1].GetProperty("labels").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(JsonValueKind.Array, lines[1].GetProperty("tags").ValueKind);
    }

    [Theory]
    [InlineData("{\"id\":\"x\",\"role\":\"moderator\",\"text\":\"hi\"}", "\"role\" to be")]
    [InlineData("{\"role\":\"interviewer\",\"text\":\"hi\"}", "\"id\"")]
    [InlineData("{\"id\":\"x\",\"role\":\"interviewer\"}", "\"text\"")]
    [InlineData("{\"id\":\"x\",", "invalid JSON")]
    [InlineData("[\"x\"]", "expected a JSON object")]
    public async Task BadLine_IsReportedWithItsNumber_AndGoodLinesStillPrint(string badLine, string expected)
    {
        var input = _temp.File("in.jsonl",
            "{\"id\":\"ok1\",\"role\":\"interviewer\",\"text\":\"How did it go?\"}\n" + badLine + "\n" +
            "{\"id\":\"ok2\",\"role\":\"interviewee\",\"text\":\"Fine.\"}\n");

        var result = await Cli.RunAsync("analyze", "--utterances", input);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{input}:2: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Equal(2, result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task EmptyFile_ExitsTwo()
    {
        var result = await Cli.RunAsync("analyze", "--utterances", _temp.File("empty.jsonl", "\n\n"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no utterances", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingOption_ExitsTwo() =>
        Assert.Equal(2, (await Cli.RunAsync("analyze")).ExitCode);
}

using InterviewBot.Core.Transcripts;
using InterviewBot.Core.Transcripts.Jsonl;

namespace InterviewBot.Core.Tests.Transcripts.Jsonl;

public class JsonlTranscriptParserTests
{
    [Fact]
    public void Lines_BecomeCuesInStartOrder()
    {
        var result = JsonlTranscriptParser.Parse(
            "{\"speaker\":\"Ann\",\"start\":3.5,\"end\":4,\"text\":\"Second\"}\n\n{\"speaker\":\"Bo\",\"start\":1,\"end\":2.25,\"text\":\" First \"}\n",
            "t.jsonl");

        Assert.True(result.IsSuccess);
        Assert.Equal(TranscriptFormat.Jsonl, result.Transcript.Format);
        Assert.Equal(new TranscriptCue("Bo", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2.25), "First", 3), result.Transcript.Cues[0]);
        Assert.Equal("Second", result.Transcript.Cues[1].Text);
    }

    [Theory]
    [InlineData("{\"speaker\":\"Ann\",\"start\":1,\"end\":2,\"text\":\"ok\"}\n{not json}\n", 2, "invalid JSON")]
    [InlineData("[1,2]\n", 1, "expected a JSON object")]
    [InlineData("{\"start\":1,\"end\":2,\"text\":\"ok\"}\n", 1, "\"speaker\"")]
    [InlineData("{\"speaker\":\"Ann\",\"start\":1,\"end\":2}\n", 1, "\"text\"")]
    [InlineData("{\"speaker\":\"Ann\",\"start\":\"1\",\"end\":2,\"text\":\"ok\"}\n", 1, "\"start\" as a number")]
    [InlineData("{\"speaker\":\"Ann\",\"start\":-1,\"end\":2,\"text\":\"ok\"}\n", 1, "\"start\" as a number")]
    [InlineData("{\"speaker\":\"Ann\",\"start\":5,\"end\":2,\"text\":\"ok\"}\n", 1, "before \"start\"")]
    public void Malformed_FailsWithLine(string content, int line, string expected)
    {
        var result = JsonlTranscriptParser.Parse(content, "t.jsonl");

        Assert.False(result.IsSuccess);
        Assert.Equal(line, result.Error.Line);
        Assert.Contains(expected, result.Error.Message, StringComparison.Ordinal);
    }
}

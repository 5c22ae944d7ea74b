using InterviewBot.Core.Transcripts;

namespace InterviewBot.Core.Tests.Transcripts;

public class TranscriptParserTests
{
    [Fact]
    public void JsonContent_IsReadAsJsonl() =>
        Assert.Equal(TranscriptFormat.Jsonl,
            TranscriptParser.Parse("{\"speaker\":\"A\",\"start\":0,\"end\":1,\"text\":\"hi\"}", "x.txt").Transcript?.Format);

    [Fact]
    public void VttContent_IsReadAsWebVtt() =>
        Assert.Equal(TranscriptFormat.TeamsVtt,
            TranscriptParser.Parse("WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n<v A>hi</v>\n", "x.txt").Transcript?.Format);

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n")]
    [InlineData("\uFEFF")]
    public void EmptyFile_IsAnError(string content)
    {
        var result = TranscriptParser.Parse(content, "empty.vtt");
        Assert.False(result.IsSuccess);
        Assert.Contains("empty", result.Error.Message, StringComparison.Ordinal);
    }
}

using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;
using InterviewBot.Training.Corpus;

namespace InterviewBot.Training.Tests.Corpus;

public class CorpusReaderTests
{
    private const string Line =
        """{"id":"x1","role":"interviewee","text":"I was so frustrated.","context":"How did it go?","labels":["emotion","complaint"],"contested":["complaint"],"source":"owner/repo/file.md (CC0)","study":"study-1"}""";

    [Fact]
    public void Line_IsReadWithLabelsContestedAndStudy()
    {
        var (items, errors) = CorpusReader.Parse(Line, "c.jsonl");
        Assert.Empty(errors);
        var item = Assert.Single(items);
        Assert.Equal(ParticipantRole.Interviewee, item.Role);
        Assert.Equal(UtteranceLabels.Emotion | UtteranceLabels.Complaint, item.Labels);
        Assert.Equal(UtteranceLabels.Complaint, item.Contested);
        Assert.Equal("study-1", item.Group);
        Assert.Equal("How did it go?", item.Context);
    }

    [Fact]
    public void WithoutStudy_TheSourceIsTheGroup()
    {
        var (items, _) = CorpusReader.Parse(Line.Replace(",\"study\":\"study-1\"", "", StringComparison.Ordinal), "c.jsonl");
        Assert.Equal("owner/repo/file.md (CC0)", Assert.Single(items).Group);
    }

    [Fact]
    public void DevSetLine_HasNoGroup()
    {
        var (items, _) = CorpusReader.Parse("""{"id":"d1","role":"interviewer","text":"Do you use Slack?","labels":["closed_question"]}""", "dev.jsonl");
        Assert.Null(Assert.Single(items).Group);
    }

    [Fact]
    public void ContestedTag_IsAccepted_AndContestsNoLabel()
    {
        var (items, errors) = CorpusReader.Parse(Line.Replace("\"contested\":[\"complaint\"]", "\"contested\":[\"wrap_up\"]", StringComparison.Ordinal), "c.jsonl");
        Assert.Empty(errors);
        Assert.Equal(UtteranceLabels.None, Assert.Single(items).Contested);
    }

    [Fact]
    public void UnknownLabel_IsAnErrorNamingFileAndLine()
    {
        var (items, errors) = CorpusReader.Parse(Line + "\n" + Line.Replace("\"emotion\"", "\"emoji\"", StringComparison.Ordinal), "c.jsonl");
        Assert.Single(items);
        Assert.StartsWith("c.jsonl:2:", Assert.Single(errors), StringComparison.Ordinal);
    }
}

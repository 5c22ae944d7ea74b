using System.Text;
using InterviewBot.Media.Ingest;

namespace InterviewBot.Media.Tests.Ingest;

public class ControlMessageTests
{
    [Fact]
    public void Start_ReadsFormatAndParticipants()
    {
        var (message, error) = ControlMessage.Parse(Encoding.UTF8.GetBytes(
            """{"type":"start","format":{"encoding":"pcm16","sample_rate":16000,"channels":1},"participants":[{"index":0,"id":"u1","name":"Dana","role":"interviewer"}]}"""));

        Assert.Null(error);
        Assert.Equal(("start", 16000), (message!.Type, message.Format!.SampleRate));
        Assert.Equal(new IngestParticipant(0, "u1", "Dana", "interviewer"), Assert.Single(message.Participants!));
    }

    [Theory]
    [InlineData("{not json", "not a control message")]
    [InlineData("{\"format\":{}}", "needs a \"type\"")]
    [InlineData("[]", "not a control message")]
    public void Malformed_SaysWhy(string json, string reason) =>
        Assert.Contains(reason, ControlMessage.Parse(Encoding.UTF8.GetBytes(json)).Error, StringComparison.Ordinal);
}

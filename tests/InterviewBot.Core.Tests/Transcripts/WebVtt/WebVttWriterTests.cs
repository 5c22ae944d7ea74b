using InterviewBot.Core.Sessions;
using InterviewBot.Core.Transcripts.WebVtt;

namespace InterviewBot.Core.Tests.Transcripts.WebVtt;

public class WebVttWriterTests
{
    [Fact]
    public void Written_Transcript_ReadsBackIdentically()
    {
        Utterance[] utterances =
        [
            new("Ann", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2.5), "Fish & chips <3 at the café?"),
            new("Bo Li", TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4), "Sure."),
        ];
        var vtt = WebVttWriter.Write(utterances, id => id);

        var back = WebVttParser.Parse(vtt, "round.vtt");

        Assert.True(back.IsSuccess, back.Error?.ToString());
        Assert.Equal(utterances.Select(u => (u.SpeakerId, u.Start, u.End, u.Text)),
            back.Transcript.Cues.Select(c => (c.Speaker, c.Start, c.End, c.Text)));
        Assert.Contains("café", vtt, StringComparison.Ordinal);
    }
}

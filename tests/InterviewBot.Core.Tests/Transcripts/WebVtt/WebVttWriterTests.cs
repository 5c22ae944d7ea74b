using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
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

    [Fact]
    public void Gap_IsMarkedInPlace_AndReadersSkipIt()
    {
        Utterance[] utterances =
        [
            new("ann", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), "How did it go?"),
            new("ann", TimeSpan.FromSeconds(9), TimeSpan.FromSeconds(10), "And then?"),
        ];
        TranscriptGap[] gaps = [new(TimeSpan.FromSeconds(8), "bo", TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(8), "recognizer queue full")];

        var vtt = WebVttWriter.Write(utterances, id => id == "ann" ? "Ann" : "Bo", gaps);

        var note = vtt.IndexOf("NOTE gap: 00:00:03.000 to 00:00:08.000, Bo was not transcribed (recognizer queue full)", StringComparison.Ordinal);
        Assert.InRange(note, vtt.IndexOf("How did it go?", StringComparison.Ordinal), vtt.IndexOf("And then?", StringComparison.Ordinal));
        var back = WebVttParser.Parse(vtt, "gaps.vtt");
        Assert.True(back.IsSuccess, back.Error?.ToString());
        Assert.Equal(["How did it go?", "And then?"], back.Transcript.Cues.Select(c => c.Text));
    }
}

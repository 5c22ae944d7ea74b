using InterviewBot.Core.Coaching.Timing;
using static InterviewBot.Core.Tests.TestSupport.Build;

namespace InterviewBot.Core.Tests.Coaching.Timing;

public class SpeechTimelineTests
{
    [Fact]
    public void TotalTalk_CountsClosedAndOpenSpeech()
    {
        var t = new SpeechTimeline();
        t.OnSpeechStarted("a", S(0));
        t.OnSpeechEnded("a", S(4));
        t.OnSpeechStarted("a", S(10));

        Assert.Equal(S(6), t.TotalTalk("a", S(12)));
    }

    [Fact]
    public void TalkBetween_ClipsSegmentsToTheWindow()
    {
        var t = new SpeechTimeline();
        t.OnSpeechStarted("a", S(0));
        t.OnSpeechEnded("a", S(10));
        t.OnSpeechStarted("a", S(20));
        t.OnSpeechEnded("a", S(30));

        Assert.Equal(S(8), t.TalkBetween("a", S(5), S(23)));
    }

    [Fact]
    public void DuplicateStart_KeepsTheFirst()
    {
        var t = new SpeechTimeline();
        t.OnSpeechStarted("a", S(1));
        t.OnSpeechStarted("a", S(3));
        t.OnSpeechEnded("a", S(5));

        Assert.Equal(new SpeechSegment("a", S(1), S(5)), Assert.Single(t.Segments));
    }

    [Fact]
    public void EndWithoutStart_IsIgnored()
    {
        var t = new SpeechTimeline();
        t.OnSpeechEnded("a", S(5));

        Assert.Empty(t.Segments);
        Assert.Equal(TimeSpan.Zero, t.TotalTalk("a", S(10)));
    }
}

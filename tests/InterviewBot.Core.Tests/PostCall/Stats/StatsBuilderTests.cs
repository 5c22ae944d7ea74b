using InterviewBot.Core.Coaching;
using InterviewBot.Core.PostCall.Stats;
using InterviewBot.Core.Sessions.Events;
using static InterviewBot.Core.Tests.TestSupport.Build;

namespace InterviewBot.Core.Tests.PostCall.Stats;

public class StatsBuilderTests
{
    [Fact]
    public void AudioOnly_WaitsSwitchesAndInterruptions_ComeFromVoiceActivity()
    {
        var events = new SessionEvent[]
        {
            new SpeechStarted(S(1), "er"), new SpeechEnded(S(4), "er"),
            new SpeechStarted(S(5), "ee"), new SpeechEnded(S(7), "ee"),       // a pause inside one turn…
            new SpeechStarted(S(7.5), "ee"), new SpeechEnded(S(12), "ee"),     // …is still one turn
            new SpeechStarted(S(14), "er"), new SpeechEnded(S(16), "er"),      // waited 2 s
            new SpeechStarted(S(17), "ee"),
            new SpeechStarted(S(20), "er"), new SpeechEnded(S(23), "er"),      // over them, 3 s into their answer
            new SpeechEnded(S(24), "ee"),
            new SessionEnded(S(30), "done"),
        };
        var audioOnly = CoachFactory.CreateSession();
        Assert.False(audioOnly.Apply(Start() with { AudioOnly = true }).IsRejected);
        ApplyAll(audioOnly, events);

        var stats = StatsBuilder.Build(audioOnly);

        Assert.Equal(TimeSpan.FromSeconds(2), stats.MedianWait);
        Assert.Null(stats.MedianWaitAfterQuestions);
        Assert.Equal([S(20)], stats.Interruptions);
        Assert.Equal(4 / 0.5, stats.SwitchesPerMinute, 3);
    }
}

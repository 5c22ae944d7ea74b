using InterviewBot.Cli.Replay;
using Microsoft.Extensions.Time.Testing;

namespace InterviewBot.Cli.Tests.Replay;

public class MediaPacerTests
{
    [Fact]
    public void TenTimes_WaitsATenthOfTheMediaTime()
    {
        var time = new FakeTimeProvider();
        var pacer = new MediaPacer(time, ReplaySpeed.TenTimes);

        var wait = pacer.WaitUntilAsync(TimeSpan.FromSeconds(30), CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(2.9));
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));

        Assert.True(wait.IsCompletedSuccessfully);
    }

    [Fact]
    public void RealTime_WaitsTheMediaTime()
    {
        var time = new FakeTimeProvider();
        var pacer = new MediaPacer(time, ReplaySpeed.RealTime);

        var wait = pacer.WaitUntilAsync(TimeSpan.FromSeconds(5), CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(wait.IsCompletedSuccessfully);
    }

    [Fact]
    public void Max_NeverWaits() =>
        Assert.True(new MediaPacer(new FakeTimeProvider(), ReplaySpeed.Max).WaitUntilAsync(TimeSpan.FromHours(1), CancellationToken.None).IsCompletedSuccessfully);
}

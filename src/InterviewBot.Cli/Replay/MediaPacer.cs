namespace InterviewBot.Cli.Replay;

/// <summary>Holds replay back so media time runs at 1× or 10× the wall clock; at max speed it never waits.</summary>
internal sealed class MediaPacer(TimeProvider time, ReplaySpeed speed)
{
    private readonly long _startedAt = time.GetTimestamp();

    public Task WaitUntilAsync(TimeSpan mediaTime, CancellationToken cancellationToken)
    {
        if (speed == ReplaySpeed.Max) return Task.CompletedTask;
        var due = mediaTime / (int)speed;
        var elapsed = time.GetElapsedTime(_startedAt);
        return due > elapsed ? Task.Delay(due - elapsed, time, cancellationToken) : Task.CompletedTask;
    }
}

namespace InterviewBot.Zoom.Rtms;

/// <summary>Media time of a stream: Zoom stamps audio in epoch milliseconds; the first stamp is time zero, across reconnects.</summary>
internal sealed class RtmsStreamClock
{
    private long? _origin;

    public TimeSpan MediaTime(long timestampMs)
    {
        _origin ??= timestampMs;
        var ms = timestampMs - _origin.Value;
        return ms < 0 ? TimeSpan.Zero : TimeSpan.FromMilliseconds(ms);
    }
}

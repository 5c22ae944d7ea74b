using InterviewBot.Core.Coaching;
using InterviewBot.Core.Diagnostics;
using InterviewBot.Core.Ports;

namespace InterviewBot.Media.Live;

/// <summary>
/// Measures the live path's lateness (docs/coaching.md §2: fresh or never) as <c>interviewbot.nudge.lateness</c>: the media
/// time from the moment that raised a nudge to the event that decided it, plus the wall-clock time from posting that event
/// (the recognizer's final phrase, or the tick that saw a metric cross) until every sink before this one has sent the card.
/// It is the session's last sink, so its delivery happens after theirs.
/// </summary>
internal sealed class NudgeLatenessMeter(TimeProvider time) : INudgeSink
{
    private const int Remembered = 256;
    private readonly Queue<(TimeSpan At, long PostedAt)> _posted = new();
    private readonly Lock _lock = new();

    /// <summary>Notes when an event of media time <paramref name="at"/> was handed to the session.</summary>
    public void Posted(TimeSpan at)
    {
        var now = time.GetTimestamp();
        lock (_lock)
        {
            _posted.Enqueue((at, now));
            if (_posted.Count > Remembered) _posted.Dequeue();
        }
    }

    public ValueTask DeliverAsync(string sessionId, Nudge nudge, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nudge);
        long? postedAt = null;
        lock (_lock)
        {
            // The event that raised it is the latest one posted at or before the nudge's media time.
            foreach (var (at, ts) in _posted)
                if (at <= nudge.At) postedAt = ts;
        }
        var wall = postedAt is long ts0 ? time.GetElapsedTime(ts0) : TimeSpan.Zero;
        var lateness = (nudge.At - nudge.Moment) + wall;
        CoachTelemetry.NudgeLateness.Record(lateness.TotalMilliseconds,
            new KeyValuePair<string, object?>("nudge", nudge.Kind), new KeyValuePair<string, object?>("update", nudge.IsUpdate));
        return ValueTask.CompletedTask;
    }
}

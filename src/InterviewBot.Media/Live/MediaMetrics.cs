using System.Collections.Concurrent;
using InterviewBot.Core.Diagnostics;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Media.Live;

/// <summary>
/// Frame-to-metric latency of live sessions: the wall time from a frame's arrival to the session having applied
/// the metrics it produced. Sampled once per second of media time per session (the frame that completes a
/// second also produces that second's tick, and the tick being applied means everything before it was).
/// </summary>
public sealed class MediaMetrics(TimeProvider time)
{
    private readonly ConcurrentQueue<double> _latenciesMs = new();

    /// <summary>A session's probe: stamps ticks as their frame arrives, and records when each is applied.</summary>
    public Probe ForSession() => new(this, time);

    /// <summary>Every sample so far, in milliseconds; <paramref name="reset"/> starts a new measurement window.</summary>
    public double[] Latencies(bool reset = false)
    {
        var all = _latenciesMs.ToArray();
        if (reset) _latenciesMs.Clear();
        return all;
    }

    /// <summary>One session's stamps; also the observer that sees the ticks applied.</summary>
    public sealed class Probe(MediaMetrics metrics, TimeProvider time) : ISessionObserver
    {
        private readonly ConcurrentDictionary<TimeSpan, long> _stamps = new();

        public void Stamp(TimeSpan tick, long frameArrived) => _stamps[tick] = frameArrived;

        public ValueTask OnAppliedAsync(string sessionId, SessionEvent e, ISessionView session, CancellationToken cancellationToken)
        {
            if (e is MediaTick tick && _stamps.TryRemove(tick.At, out var arrived))
            {
                var ms = time.GetElapsedTime(arrived).TotalMilliseconds;
                metrics._latenciesMs.Enqueue(ms);
                CoachTelemetry.FrameToMetricLatency.Record(ms);
            }
            return ValueTask.CompletedTask;
        }
    }
}

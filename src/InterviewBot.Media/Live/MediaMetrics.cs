using System.Collections.Concurrent;
using InterviewBot.Core.Audio;
using InterviewBot.Core.Diagnostics;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Media.Live;

/// <summary>
/// What live audio costs and how fast it turns into metrics: frames heard, audio dropped by back-pressure, and
/// frame-to-metric latency — the wall time from a frame's arrival to the session having applied the metrics it
/// produced. Latency is sampled once per second of media time per session (the frame that completes a second also
/// produces that second's tick, and the tick being applied means everything before it was).
/// </summary>
public sealed class MediaMetrics(TimeProvider time)
{
    private readonly ConcurrentQueue<double> _latenciesMs = new();
    private long _samples;
    private long _droppedSamples;
    private long _lastDropAt = long.MinValue;

    /// <summary>20 ms frames of audio the live sessions have taken, across all sessions since the start.</summary>
    public long Frames => Interlocked.Read(ref _samples) / AudioFrame.SamplesPerFrame;

    /// <summary>20 ms frames of audio dropped because a session's consumer fell behind (oldest first).</summary>
    public long DroppedFrames => Interlocked.Read(ref _droppedSamples) / AudioFrame.SamplesPerFrame;

    /// <summary>A session's probe: stamps ticks as their frame arrives, and records when each is applied.</summary>
    public Probe ForSession() => new(this, time);

    /// <summary>Counts audio taken by a live session.</summary>
    public void Heard(int samples) => Interlocked.Add(ref _samples, samples);

    /// <summary>Counts audio a session dropped to keep up.</summary>
    public void Dropped(int samples)
    {
        Interlocked.Add(ref _droppedSamples, samples);
        Interlocked.Exchange(ref _lastDropAt, time.GetTimestamp());
    }

    /// <summary>Wall time since audio was last dropped; null when none ever was.</summary>
    public TimeSpan? SinceLastDrop => Interlocked.Read(ref _lastDropAt) is var at && at == long.MinValue ? null : time.GetElapsedTime(at);

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
        // Ticks are stamped and applied in media-time order, so a queue (reused, no allocation per tick) is enough.
        private readonly Queue<(TimeSpan Tick, long Arrived)> _stamps = new();

        public void Stamp(TimeSpan tick, long frameArrived)
        {
            lock (_stamps) _stamps.Enqueue((tick, frameArrived));
        }

        /// <summary>Counts audio this session took.</summary>
        public void Heard(int samples) => metrics.Heard(samples);

        public ValueTask OnAppliedAsync(string sessionId, SessionEvent e, ISessionView session, CancellationToken cancellationToken)
        {
            if (e is not MediaTick tick) return ValueTask.CompletedTask;
            long arrived = -1;
            lock (_stamps)
            {
                while (_stamps.TryPeek(out var next) && next.Tick <= tick.At)
                {
                    _stamps.Dequeue();
                    if (next.Tick == tick.At) arrived = next.Arrived;
                }
            }
            if (arrived >= 0)
            {
                var ms = time.GetElapsedTime(arrived).TotalMilliseconds;
                metrics._latenciesMs.Enqueue(ms);
                CoachTelemetry.FrameToMetricLatency.Record(ms);
            }
            return ValueTask.CompletedTask;
        }
    }
}

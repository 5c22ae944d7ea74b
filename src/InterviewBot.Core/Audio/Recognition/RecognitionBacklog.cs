using System.Threading.Channels;
using InterviewBot.Core.Diagnostics;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Audio.Recognition;

/// <summary>
/// Stands between a live frame path and a recognizer: finished segments wait in a bounded queue and one worker
/// transcribes them in order, posting each result as a session event. Enqueuing never waits, so a slow
/// recognizer cannot stall the frames; when the queue is full the segment is not silently dropped but
/// turned into a <see cref="TranscriptGap"/> for the caller to post, and counted.
/// </summary>
public sealed class RecognitionBacklog : IAsyncDisposable
{
    private readonly Channel<SegmentAudio> _segments;
    private readonly ISpeechRecognizer _recognizer;
    private readonly Func<SessionEvent, CancellationToken, ValueTask> _post;
    private readonly Func<TimeSpan> _mediaNow;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _worker;
    private int _overflowed;
    private readonly TimeProvider _time;

    /// <param name="recognizer">Transcribes one segment at a time.</param>
    /// <param name="post">Hands a result event to the session (its runner's inbox).</param>
    /// <param name="mediaNow">The session's media time when a result arrives: results are stamped with it, never with the wall clock.</param>
    /// <param name="capacity">Segments that may wait; each is at most 30 s of audio (about 1 MB).</param>
    /// <param name="time">Only for the recognizer-latency metric (the host's clock); results are stamped with media time.</param>
    public RecognitionBacklog(ISpeechRecognizer recognizer, Func<SessionEvent, CancellationToken, ValueTask> post, Func<TimeSpan> mediaNow, int capacity = 16,
        TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(post);
        ArgumentNullException.ThrowIfNull(mediaNow);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _recognizer = recognizer;
        _post = post;
        _mediaNow = mediaNow;
        Capacity = capacity;
        _segments = Channel.CreateBounded<SegmentAudio>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _worker = Task.Run(RunAsync);
    }

    public int Capacity { get; }

    /// <summary>Segments turned into gaps because the queue was full.</summary>
    public int Overflowed => Volatile.Read(ref _overflowed);

    /// <summary>Queues a finished segment without waiting; when the queue is full, returns the gap to post in its place.</summary>
    public TranscriptGap? Enqueue(SegmentAudio segment, TimeSpan now)
    {
        ArgumentNullException.ThrowIfNull(segment);
        if (_segments.Writer.TryWrite(segment)) return null;
        Interlocked.Increment(ref _overflowed);
        return new TranscriptGap(now, segment.ParticipantId, segment.Start, RecognitionEvents.EndOf(segment),
            $"recognizer queue full: {Capacity} segments were already waiting");
    }

    /// <summary>Takes no more segments and returns once every waiting one is transcribed and posted.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        _segments.Writer.TryComplete();
        await _worker.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        await foreach (var segment in _segments.Reader.ReadAllAsync(_stop.Token).ConfigureAwait(false))
        {
            RecognitionResult result;
            using var activity = CoachTelemetry.Source.StartActivity("recognize");
            var started = _time.GetTimestamp();
            try
            {
                result = await _recognizer.RecognizeAsync(segment, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // a recognizer that throws (a bug, an open circuit) costs one segment as a marked gap, not the session's transcript
            catch (Exception ex)
#pragma warning restore CA1031
            {
                result = new RecognitionResult(RecognitionStatus.Failed, $"recognizer error: {ex.Message}", 0);
            }
            CoachTelemetry.RecognizerLatency.Record(_time.GetElapsedTime(started).TotalMilliseconds, new KeyValuePair<string, object?>("status", result.Status.ToString()));
            activity?.SetTag("status", result.Status.ToString());
            if (RecognitionEvents.For(segment, result, _mediaNow()) is { } e) await _post(e, _stop.Token).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _segments.Writer.TryComplete();
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _worker.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped on purpose: what was still waiting is abandoned with the session.
        }
        _stop.Dispose();
    }
}

using System.Collections.Concurrent;
using InterviewBot.Core.Audio.Recognition;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Tests.Audio.Recognition;

public class RecognitionBacklogTests
{
    /// <summary>A recognizer that answers "words N" for segment N, but only once the test opens the gate.</summary>
    private sealed class GatedRecognizer : ISpeechRecognizer
    {
        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Busy { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public Func<SegmentAudio, RecognitionResult>? Answer { get; init; }

        public async Task<RecognitionResult> RecognizeAsync(SegmentAudio segment, CancellationToken cancellationToken)
        {
            Busy.TrySetResult();
            await Gate.Task.WaitAsync(cancellationToken);
            return Answer?.Invoke(segment) ?? new RecognitionResult(RecognitionStatus.Recognized, $"words {segment.Start.TotalSeconds:0}", 0.9);
        }
    }

    /// <summary>A safety net so a broken worker fails the test instead of hanging the run.</summary>
    private static CancellationToken Soon() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    private static SegmentAudio Segment(int second) => new("ee", TimeSpan.FromSeconds(second), new short[16_000]);

    [Fact]
    public async Task SlowRecognizer_DoesNotStallEnqueue_AndOverflowBecomesAMarkedGap()
    {
        var recognizer = new GatedRecognizer();
        var posted = new ConcurrentQueue<SessionEvent>();
        await using var backlog = new RecognitionBacklog(recognizer, (e, _) => { posted.Enqueue(e); return ValueTask.CompletedTask; }, () => TimeSpan.FromSeconds(60), capacity: 2);

        Assert.Null(backlog.Enqueue(Segment(1), TimeSpan.FromSeconds(2)));
        await recognizer.Busy.Task.WaitAsync(Soon()); // segment 1 is being recognized
        Assert.Null(backlog.Enqueue(Segment(3), TimeSpan.FromSeconds(4)));
        Assert.Null(backlog.Enqueue(Segment(5), TimeSpan.FromSeconds(6)));
        var gap = backlog.Enqueue(Segment(7), TimeSpan.FromSeconds(8));

        Assert.NotNull(gap);
        Assert.Equal(("ee", TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(8)), (gap.ParticipantId, gap.Start, gap.End, gap.At));
        Assert.Contains("queue full", gap.Reason, StringComparison.Ordinal);
        Assert.Equal(1, backlog.Overflowed);
        Assert.Empty(posted);

        recognizer.Gate.SetResult();
        await backlog.CompleteAsync(Soon());
        Assert.Equal(["words 1", "words 3", "words 5"], posted.Cast<UtteranceFinal>().Select(u => u.Utterance.Text));
    }

    [Fact]
    public async Task Results_AreStampedWithMediaTimeWhenTheyArrive()
    {
        var recognizer = new GatedRecognizer();
        recognizer.Gate.SetResult();
        var posted = new ConcurrentQueue<SessionEvent>();
        await using var backlog = new RecognitionBacklog(recognizer, (e, _) => { posted.Enqueue(e); return ValueTask.CompletedTask; }, () => TimeSpan.FromSeconds(42));

        backlog.Enqueue(Segment(10), TimeSpan.FromSeconds(11));
        await backlog.CompleteAsync(Soon());

        var final = Assert.IsType<UtteranceFinal>(Assert.Single(posted));
        Assert.Equal((TimeSpan.FromSeconds(42), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(11)), (final.At, final.Utterance.Start, final.Utterance.End));
    }

    [Fact]
    public async Task RecognizerThatThrows_LeavesAGap_AndTheNextSegmentIsStillHeard()
    {
        var recognizer = new GatedRecognizer
        {
            Answer = s => s.Start == TimeSpan.FromSeconds(1) ? throw new InvalidOperationException("circuit open") : new(RecognitionStatus.Recognized, "second", 0.9),
        };
        recognizer.Gate.SetResult();
        var posted = new ConcurrentQueue<SessionEvent>();
        await using var backlog = new RecognitionBacklog(recognizer, (e, _) => { posted.Enqueue(e); return ValueTask.CompletedTask; }, () => TimeSpan.FromSeconds(5));

        backlog.Enqueue(Segment(1), TimeSpan.FromSeconds(2));
        backlog.Enqueue(Segment(3), TimeSpan.FromSeconds(4));
        await backlog.CompleteAsync(Soon());

        Assert.Collection(posted,
            e => Assert.Contains("circuit open", Assert.IsType<TranscriptGap>(e).Reason, StringComparison.Ordinal),
            e => Assert.Equal("second", Assert.IsType<UtteranceFinal>(e).Utterance.Text));
    }

    [Fact]
    public async Task NoMatch_PostsNothing()
    {
        var recognizer = new GatedRecognizer { Answer = _ => new(RecognitionStatus.NoMatch, "", 0) };
        recognizer.Gate.SetResult();
        var posted = new ConcurrentQueue<SessionEvent>();
        await using var backlog = new RecognitionBacklog(recognizer, (e, _) => { posted.Enqueue(e); return ValueTask.CompletedTask; }, () => TimeSpan.Zero);

        backlog.Enqueue(Segment(1), TimeSpan.FromSeconds(2));
        await backlog.CompleteAsync(Soon());

        Assert.Empty(posted);
    }
}

using System.Buffers;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Ingest;
using InterviewBot.Media.Live;

namespace InterviewBot.Media.Tests.Ingest;

public class HeldAudioTests
{
    /// <summary>A journal that keeps every append waiting until opened: the session's runner stops, its inbox fills.</summary>
    private sealed class StuckJournal : ISessionJournal
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Open() => _open.TrySetResult();

        public async ValueTask AppendAsync(string sessionId, SessionEvent e, CancellationToken cancellationToken) => await _open.Task.WaitAsync(cancellationToken);

        public Task<JournalReadResult> ReadAsync(string sessionId, CancellationToken cancellationToken) => Task.FromResult(JournalReadResult.Empty);
    }

    private static readonly Participant[] s_people = [new("er", "Dana", ParticipantRole.Interviewer)];

    /// <summary>A session whose runner is stuck and whose last call is still under way, with held audio behind it.</summary>
    private static async Task<(LiveAudioSession Session, HeldAudio Held, StuckJournal Journal, MediaMetrics Metrics)> BehindAsync()
    {
        var journal = new StuckJournal();
        var metrics = new MediaMetrics(TimeProvider.System);
        var session = await LiveAudioSession.StartAsync("s", SessionSetup.Empty, s_people, journal, [], null, 4, TimeProvider.System, CancellationToken.None);
        Assert.True(await session.AcceptPcm16Async("er", TimeSpan.Zero, new byte[640], CancellationToken.None));
        // 1,100 s later: a tick for every second, more than the runner's inbox holds.
        var buffer = ArrayPool<byte>.Shared.Rent(640);
        var pending = session.AcceptPcm16Async("er", TimeSpan.FromSeconds(1100), buffer.AsMemory(0, 640), CancellationToken.None).AsTask();
        Assert.False(pending.IsCompleted, pending.IsFaulted ? pending.Exception!.ToString() : $"completed; heard {session.HeardUntil}");
        var held = new HeldAudio(session, HeldAudio.SamplesFor(TimeSpan.FromSeconds(5)), metrics, CancellationToken.None);
        held.Begin(pending, buffer);
        var frame = new byte[640];
        for (var f = 0; f < 500; f++) held.Hold("er", TimeSpan.FromSeconds(1100.02) + TimeSpan.FromMilliseconds(20 * f), frame);
        return (session, held, journal, metrics);
    }

    [Fact]
    public async Task SessionBehindByTenSeconds_DropsTheOldestFiveAndCountsThem()
    {
        var (session, held, journal, metrics) = await BehindAsync();
        await using (session)
        {
            Assert.True(held.Holding);
            Assert.Equal(250 * 320, held.DroppedSamples);
            Assert.Equal(250, metrics.DroppedFrames);
            journal.Open();
            await held.FedAsync();
        }
    }

    [Fact]
    public async Task SessionCatchingUp_IsFedTheNewestHeldAudioInOrder()
    {
        var (session, held, journal, _) = await BehindAsync();
        await using (session)
        {
            journal.Open();
            await held.FedAsync();

            Assert.False(held.Holding);
            Assert.Equal(TimeSpan.FromSeconds(1110.02), session.HeardUntil);
            Assert.Equal(0, session.LateSamples); // the kept frames arrived in order, after the dropped ones
        }
    }

    [Fact]
    public async Task NothingDropped_ReadyCheckStaysQuiet()
    {
        var metrics = new MediaMetrics(TimeProvider.System);
        var journal = new StuckJournal();
        journal.Open();
        await using var session = await LiveAudioSession.StartAsync("s", SessionSetup.Empty, s_people, journal, [], null, 4, TimeProvider.System, CancellationToken.None);
        var held = new HeldAudio(session, HeldAudio.SamplesFor(TimeSpan.FromSeconds(5)), metrics, CancellationToken.None);

        Assert.False(held.Holding);
        Assert.Null(metrics.SinceLastDrop);
    }
}

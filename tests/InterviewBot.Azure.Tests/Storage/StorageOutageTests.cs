using System.Text;
using Azure.Storage.Blobs;
using InterviewBot.Azure.Storage;
using InterviewBot.Azure.Tests.PostCall;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Azure.Tests.Storage;

/// <summary>
/// Azurite stopped in the middle of a coached session (its own instance: the outage must not reach other tests):
/// coaching goes on from memory, the journal catches up when storage returns, and a too-long outage is reported.
/// </summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private readonly Azurite _azurite = new();
    private readonly List<string> _log = [];
    private BlobContainerClient _container = null!;

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        // Few, fast retries: the outage is the test's, not the client's, to ride out.
        var client = new BlobServiceClient(_azurite.ConnectionString, new BlobClientOptions
        {
            Retry = { MaxRetries = 1, Delay = TimeSpan.FromMilliseconds(50), NetworkTimeout = TimeSpan.FromSeconds(2) },
        });
        _container = client.GetBlobContainerClient("journals");
        await _container.CreateAsync();
    }

    public Task DisposeAsync() => _azurite.DisposeAsync();

    private BufferedSessionJournal Journal(int limit)
    {
        using var factory = LoggerFactory.Create(b => b.AddProvider(new ListLoggerProvider(_log)));
        return new BufferedSessionJournal(new BlobSessionJournal(_container, TimeSpan.Zero, TimeProvider.System), limit, TimeProvider.System,
            factory.CreateLogger<BufferedSessionJournal>());
    }

    private static string Line(SessionEvent e) => Encoding.UTF8.GetString(JournalCodec.EncodeLine(e));

    [Fact]
    public async Task TenSecondOutage_CoachingGoesOn_AndTheJournalCatchesUpWithNothingLost()
    {
        var events = ReplayedSample.Events("bakery-bad.vtt", new SessionSetup("learn how bakeries order flour"), "s1");
        await using var journal = Journal(limit: 10_000);
        var sink = new RecordingSink();
        var runner = new SessionRunner(CoachFactory.CreateSession(), "s1", journal, [sink]);
        var running = runner.RunAsync(CancellationToken.None);
        var third = events.Count / 3;

        foreach (var e in events.Take(third)) await runner.PostAsync(e, CancellationToken.None);
        await WaitUntilAsync(() => runner.Session.Now >= events[third - 1].At);
        await _azurite.StopAsync();
        foreach (var e in events.Skip(third).Take(third)) await runner.PostAsync(e, CancellationToken.None);
        await WaitUntilAsync(() => runner.Session.Now >= events[(2 * third) - 1].At);
        var nudgedDuringOutage = sink.Count;
        Assert.Equal(JournalState.Buffered, journal.HealthOf("s1").State);
        await Task.Delay(TimeSpan.FromSeconds(10));
        await _azurite.StartAsync();
        foreach (var e in events.Skip(2 * third)) await runner.PostAsync(e, CancellationToken.None);
        runner.Complete();
        await running;
        await journal.DrainAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        Assert.True(nudgedDuringOutage > 0, "no nudge was raised while storage was down");
        Assert.Equal(JournalState.Stored, journal.HealthOf("s1").State);
        var stored = await new BlobSessionJournal(_container, TimeSpan.Zero, TimeProvider.System).ReadAsync("s1", CancellationToken.None);
        var expected = new List<SessionEvent>();
        var replay = CoachFactory.CreateSession();
        foreach (var e in events)
        {
            expected.Add(e);
            if (replay.Apply(e).Nudge is { } n) expected.Add(new NudgeRaised(n.At, n));
        }
        Assert.Equal(expected.Select(Line), stored.Events.Select(Line));
        Assert.Contains(_log, l => l.StartsWith("Information: Journal storage is back for s1", StringComparison.Ordinal));
        Assert.Equal(0, journal.Tracked); // ended and all stored: nothing kept for it
    }

    [Fact]
    public async Task OutageLongerThanTheBuffer_IsReportedAndTheJournalStopsWithoutAHole()
    {
        await using var journal = Journal(limit: 5);
        await journal.AppendAsync("s1", new SessionStarted(TimeSpan.Zero, "s1", SessionSetup.Empty, []), CancellationToken.None);
        await _azurite.StopAsync();

        for (var i = 1; i <= 8; i++) await journal.AppendAsync("s1", new MediaTick(TimeSpan.FromSeconds(i)), CancellationToken.None);

        var health = journal.HealthOf("s1");
        Assert.Equal((JournalState.Incomplete, 5, TimeSpan.FromSeconds(6)), (health.State, health.Buffered, health.IncompleteFrom));
        Assert.Contains(_log, l => l.StartsWith("Critical: Journal of s1 is INCOMPLETE", StringComparison.Ordinal));
        await _azurite.StartAsync();
        await journal.DrainAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        var stored = await new BlobSessionJournal(_container, TimeSpan.Zero, TimeProvider.System).ReadAsync("s1", CancellationToken.None);
        Assert.Equal([0, 1, 2, 3, 4, 5], stored.Events.Select(e => (int)e.At.TotalSeconds)); // what came before the overflow, in order; nothing after it
        await journal.AppendAsync("s1", new SessionEnded(TimeSpan.FromSeconds(9), "done"), CancellationToken.None);
        Assert.Equal(JournalState.Incomplete, journal.HealthOf("s1").State); // still reported after the end
    }

    [Fact]
    public async Task AppendWhileStorageIsUp_IsStoredBeforeItReturns()
    {
        await using var journal = Journal(limit: 5);

        await journal.AppendAsync("s1", new MediaTick(TimeSpan.FromSeconds(1)), CancellationToken.None);

        var stored = await new BlobSessionJournal(_container, TimeSpan.Zero, TimeProvider.System).ReadAsync("s1", CancellationToken.None);
        Assert.Single(stored.Events);
        Assert.Equal(1, journal.Tracked);
        await journal.AppendAsync("s1", new SessionEnded(TimeSpan.FromSeconds(2), "done"), CancellationToken.None);
        Assert.Equal(0, journal.Tracked);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition());
    }

    private sealed class RecordingSink : INudgeSink
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public ValueTask DeliverAsync(string sessionId, Nudge nudge, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return ValueTask.CompletedTask;
        }
    }
}

using InterviewBot.Cluster.Tests.TestSupport;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Cluster.Tests.Sessions;

/// <summary>The silo holding a live session's grain goes away mid-call; the session goes on from its journal on another silo.</summary>
public sealed class SessionFailoverTests : IAsyncLifetime
{
    private readonly AzuriteCluster _cluster = new();

    public Task InitializeAsync() => _cluster.InitializeAsync();

    public Task DisposeAsync() => _cluster.DisposeAsync();

    [Fact]
    public async Task HostingSiloStopped_SessionReactivatesElsewhere_NoEventLostOrDuplicated() =>
        await RunThroughFailoverAsync("failover-stop", (cluster, silo) => cluster.StopSiloAsync(silo));

    [Fact]
    public async Task HostingSiloKilled_SessionReactivatesElsewhere_NoEventLostOrDuplicated() =>
        await RunThroughFailoverAsync("failover-kill", (cluster, silo) => cluster.KillSiloAsync(silo));

    private async Task RunThroughFailoverAsync(string id, Func<Orleans.TestingHost.TestCluster, Orleans.TestingHost.SiloHandle, Task> loseSilo)
    {
        var events = SampleInterview.Events(id);
        var directory = _cluster.Directory();
        // The media node: its runner coaches from its own copy and journals through the session's grain.
        var runner = new SessionRunner(CoachFactory.CreateSession(), id, directory.Journal, []);
        var running = runner.RunAsync(CancellationToken.None);
        var half = events.Count / 2;
        foreach (var e in events.Take(half)) await runner.PostAsync(e, CancellationToken.None);
        await WaitUntilAsync(() => runner.Session.Now >= events[half - 1].At);

        var before = await _cluster.HostOfAsync(id);
        await loseSilo(_cluster.Cluster, before);
        foreach (var e in events.Skip(half)) await runner.PostAsync(e, CancellationToken.None);
        runner.Complete();
        await running;
        var postCall = await directory.CompleteAsync(runner.Session, CancellationToken.None);

        var after = await _cluster.HostOfAsync(id);
        Assert.NotEqual(before.SiloAddress, after.SiloAddress);
        var stored = (await _cluster.Journals.GetBlobClient(id + ".journal.jsonl").DownloadContentAsync()).Value.Content.ToArray();
        var journal = JournalCodec.Decode(stored);
        Assert.Empty(journal.Defects);
        Assert.Equal(SampleInterview.ExpectedJournal(events), journal.Events.Select(SampleInterview.Line));
        Assert.Equal((PostCallStatus.Written, 1), (postCall.Status, postCall.Attempts));
        Assert.True(await _cluster.Artifacts.GetBlobClient($"sessions/{id}/snapshot.md").ExistsAsync());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition());
    }
}

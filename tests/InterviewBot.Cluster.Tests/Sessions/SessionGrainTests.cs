using InterviewBot.Cluster.Sessions;
using InterviewBot.Cluster.Tests.TestSupport;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Cluster.Tests.Sessions;

/// <summary>The session grain on a three-silo cluster in Azurite: in-order, idempotent appends and a post-call that runs exactly once.</summary>
public sealed class SessionGrainTests(AzuriteCluster cluster) : IClassFixture<AzuriteCluster>
{
    private static byte[] Lines(params SessionEvent[] events) => [.. events.SelectMany(JournalCodec.EncodeLine)];

    private static SessionStarted Started(string id) => new(TimeSpan.Zero, id, new SessionSetup("learn"), [new Participant("dana", "Dana", ParticipantRole.Interviewer)]);

    [Fact]
    public async Task Append_SentTwice_IsJournaledOnce()
    {
        var grain = cluster.Cluster.GrainFactory.GetGrain<ISessionGrain>("twice");
        await grain.AppendAsync(0, 0, Lines(Started("twice")));
        var lines = Lines(new MediaTick(TimeSpan.FromSeconds(1)), new MediaTick(TimeSpan.FromSeconds(2)));

        var first = await grain.AppendAsync(0, 1, lines);
        var again = await grain.AppendAsync(0, 1, lines); // a retry after a lost reply

        Assert.Equal((3L, 3L), (first, again));
        var stored = JournalCodec.Decode((await cluster.Journals.GetBlobClient("twice.journal.jsonl").DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal(3, stored.Events.Count);
    }

    [Fact]
    public async Task Append_PartlyKnown_StoresOnlyTheNewEvents()
    {
        var grain = cluster.Cluster.GrainFactory.GetGrain<ISessionGrain>("overlap");
        await grain.AppendAsync(0, 0, Lines(Started("overlap"), new MediaTick(TimeSpan.FromSeconds(1))));

        var count = await grain.AppendAsync(0, 1, Lines(new MediaTick(TimeSpan.FromSeconds(1)), new MediaTick(TimeSpan.FromSeconds(2))));

        Assert.Equal(3L, count);
        var stored = JournalCodec.Decode((await cluster.Journals.GetBlobClient("overlap.journal.jsonl").DownloadContentAsync()).Value.Content.ToArray());
        Assert.Equal([0.0, 1, 2], stored.Events.Select(e => e.At.TotalSeconds));
    }

    [Fact]
    public async Task Append_PastTheEnd_IsRefusedAsAGap()
    {
        var grain = cluster.Cluster.GrainFactory.GetGrain<ISessionGrain>("gap");
        await grain.AppendAsync(0, 0, Lines(Started("gap")));

        var gap = await Assert.ThrowsAsync<JournalGapException>(() => grain.AppendAsync(0, 5, Lines(new MediaTick(TimeSpan.FromSeconds(5)))));

        Assert.Equal(1, gap.Expected);
    }

    [Fact]
    public async Task Append_FromAWriterThatWasTakenOver_IsRefused_AndTheNewWriterGoesOn()
    {
        var grain = cluster.Cluster.GrainFactory.GetGrain<ISessionGrain>("taken-over");
        await grain.AppendAsync(0, 0, Lines(Started("taken-over"), new MediaTick(TimeSpan.FromSeconds(1))));

        var opened = await grain.OpenAsync(); // the media reconnected to another node
        await Assert.ThrowsAsync<SessionMovedException>(() => grain.AppendAsync(0, 2, Lines(new MediaTick(TimeSpan.FromSeconds(2)))));
        var count = await grain.AppendAsync(opened!.Writer, 2, Lines(new MediaTick(TimeSpan.FromSeconds(2))));

        Assert.Equal((1, 3L), (opened.Writer, count));
    }

    [Fact]
    public async Task SharedDocument_RefusesAStaleWrite_AndKeepsTheWinner()
    {
        var document = cluster.Cluster.GrainFactory.GetGrain<InterviewBot.Cluster.Documents.IVersionedDocumentGrain>("schedule-test");
        var read = await document.ReadAsync();

        var first = await document.WriteAsync("first"u8.ToArray(), read.Version);
        var second = await document.WriteAsync("second"u8.ToArray(), read.Version); // another server, same read

        Assert.Equal((1L, (long?)null), (first!.Value, second));
        Assert.Equal("first"u8.ToArray(), (await document.ReadAsync()).Content);
    }

    [Fact]
    public async Task Append_NotJournalLines_IsRefused()
    {
        var grain = cluster.Cluster.GrainFactory.GetGrain<ISessionGrain>("garbage");

        await Assert.ThrowsAsync<ArgumentException>(() => grain.AppendAsync(0, 0, "{not json\n"u8.ToArray()));
    }

    [Fact]
    public async Task Open_OnlyWhileTheSessionRuns()
    {
        var directory = cluster.Directory();
        Assert.Null(await directory.OpenAsync("never-started", CancellationToken.None));
        await directory.Journal.AppendAsync("runs", Started("runs"), CancellationToken.None);
        await directory.Journal.AppendAsync("runs", new MediaTick(TimeSpan.FromSeconds(1)), CancellationToken.None);

        Assert.Equal(2, (await directory.OpenAsync("runs", CancellationToken.None))!.Events.Count);
        await directory.Journal.AppendAsync("runs", new SessionEnded(TimeSpan.FromSeconds(2), "done"), CancellationToken.None);
        Assert.Null(await directory.OpenAsync("runs", CancellationToken.None));
    }

    [Fact]
    public async Task Complete_Twice_WritesThePostCallOnce()
    {
        var id = "once";
        var directory = await EndedSessionAsync(id);

        var first = await directory.CompleteAsync(EndedView(id), CancellationToken.None);
        var second = await directory.CompleteAsync(EndedView(id), CancellationToken.None);

        Assert.Equal((PostCallStatus.Written, PostCallStatus.Written), (first.Status, second.Status));
        Assert.Equal(1, FaultyPostCallWriter.Calls(id));
        var stored = (await cluster.Artifacts.GetBlobClient($"sessions/{id}/{PostCallStateArtifact.Name}").DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("\"status\":\"written\"", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_BeforeTheEnd_IsNotRun()
    {
        var directory = cluster.Directory();
        await directory.Journal.AppendAsync("early", Started("early"), CancellationToken.None);

        var state = await directory.CompleteAsync(EndedView("early"), CancellationToken.None);

        Assert.Equal(PostCallStatus.NotEnded, state.Status);
        Assert.Equal(0, FaultyPostCallWriter.Calls("early"));
    }

    [Fact]
    public async Task Complete_FailingOnce_IsRetriedByItsReminder()
    {
        var id = "retried";
        var directory = await EndedSessionAsync(id);
        FaultyPostCallWriter.FailNext(id, 1);

        var first = await directory.CompleteAsync(EndedView(id), CancellationToken.None);
        Assert.Equal((PostCallStatus.Pending, 1), (first.Status, first.Attempts));
        var later = await WaitForAsync(directory, id, s => s.Status != PostCallStatus.Pending);

        Assert.Equal((PostCallStatus.Written, 2), (later.Status, later.Attempts));
        Assert.True(await cluster.Artifacts.GetBlobClient($"sessions/{id}/snapshot.md").ExistsAsync());
    }

    [Fact]
    public async Task Complete_FailingEveryTime_EndsFailedWithTheReason()
    {
        var id = "poison";
        var directory = await EndedSessionAsync(id);
        FaultyPostCallWriter.FailNext(id, int.MaxValue);

        await directory.CompleteAsync(EndedView(id), CancellationToken.None);
        var state = await WaitForAsync(directory, id, s => s.Status != PostCallStatus.Pending);

        Assert.Equal((PostCallStatus.Failed, FaultyPostCallWriter.MaxAttempts), (state.Status, state.Attempts));
        Assert.Contains("the language model is unavailable", state.Reason, StringComparison.Ordinal);
        var stored = (await cluster.Artifacts.GetBlobClient($"sessions/{id}/{PostCallStateArtifact.Name}").DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("\"status\":\"failed\"", stored, StringComparison.Ordinal);
        Assert.False(await cluster.Artifacts.GetBlobClient($"sessions/{id}/snapshot.md").ExistsAsync());
    }

    private async Task<ClusterSessionDirectory> EndedSessionAsync(string id)
    {
        var directory = cluster.Directory();
        await directory.Journal.AppendAsync(id, Started(id), CancellationToken.None);
        await directory.Journal.AppendAsync(id, new SessionEnded(TimeSpan.FromSeconds(3), "done"), CancellationToken.None);
        return directory;
    }

    /// <summary>The node's own view; the grain writes from its own state, so this only names the session.</summary>
    private static InterviewSession EndedView(string id)
    {
        var session = CoachFactory.CreateSession();
        session.Apply(Started(id));
        return session;
    }

    private static async Task<PostCallState> WaitForAsync(ClusterSessionDirectory directory, string id, Func<PostCallState, bool> done)
    {
        for (var i = 0; i < 300; i++)
        {
            var state = await directory.PostCallStateAsync(id, CancellationToken.None);
            if (done(state)) return state;
            await Task.Delay(100);
        }
        throw new TimeoutException($"the post-call of {id} did not finish");
    }
}

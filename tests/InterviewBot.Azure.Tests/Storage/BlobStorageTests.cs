using System.Text;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using InterviewBot.Azure.Storage;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Azure.Tests.Storage;

/// <summary>The blob journal and artefact store against Azurite.</summary>
public sealed class BlobStorageTests(Azurite azurite) : IClassFixture<Azurite>
{
    private async Task<BlobContainerClient> ContainerAsync()
    {
        var container = azurite.Client.GetBlobContainerClient($"c{Guid.NewGuid():N}");
        await container.CreateAsync();
        return container;
    }

    private static SessionEvent[] Events(int n) =>
    [
        new SessionStarted(TimeSpan.Zero, "s1", SessionSetup.Empty, [new Participant("er", "Dana", ParticipantRole.Interviewer)]),
        .. Enumerable.Range(1, n).Select(i => (SessionEvent)new MediaTick(TimeSpan.FromSeconds(i))),
    ];

    [Fact]
    public async Task Journal_ReadsBackEveryEventInOrder()
    {
        await using var journal = new BlobSessionJournal(await ContainerAsync(), TimeSpan.Zero, TimeProvider.System);
        var events = Events(50);

        foreach (var e in events) await journal.AppendAsync("s1", e, CancellationToken.None);
        var read = await journal.ReadAsync("s1", CancellationToken.None);

        Assert.Empty(read.Defects);
        Assert.Equal(events.Select(Line), read.Events.Select(Line)); // same events, compared as the journal writes them
    }

    private static string Line(SessionEvent e) => Encoding.UTF8.GetString(JournalCodec.EncodeLine(e));

    [Fact]
    public async Task Journal_ResumedByANewProcess_AppendsAfterWhatIsThere()
    {
        var container = await ContainerAsync();
        await using (var before = new BlobSessionJournal(container, TimeSpan.Zero, TimeProvider.System))
            foreach (var e in Events(2)) await before.AppendAsync("s1", e, CancellationToken.None);
        await using var after = new BlobSessionJournal(container, TimeSpan.Zero, TimeProvider.System);

        await after.AppendAsync("s1", new MediaTick(TimeSpan.FromSeconds(3)), CancellationToken.None);

        Assert.Equal(4, (await after.ReadAsync("s1", CancellationToken.None)).Events.Count);
    }

    [Fact]
    public async Task EndedSession_LetsItsWriterGo_AndALateAppendStillGoesAfterWhatIsStored()
    {
        var container = await ContainerAsync();
        await using var journal = new BlobSessionJournal(container, TimeSpan.Zero, TimeProvider.System);
        foreach (var e in Events(2)) await journal.AppendAsync("s1", e, CancellationToken.None);
        Assert.Equal(1, journal.OpenWriters);

        await journal.AppendAsync("s1", new SessionEnded(TimeSpan.FromSeconds(3), "done"), CancellationToken.None);
        Assert.Equal(0, journal.OpenWriters);
        await journal.AppendBatchAsync("s1", [new MediaTick(TimeSpan.FromSeconds(4)), new SessionEnded(TimeSpan.FromSeconds(4), "again")], CancellationToken.None);

        Assert.Equal(0, journal.OpenWriters);
        Assert.Equal(6, (await journal.ReadAsync("s1", CancellationToken.None)).Events.Count);
    }

    [Fact]
    public async Task ConcurrentAppends_ShareBlocks_WithinTheBatchWindow()
    {
        var container = await ContainerAsync();
        await using var journal = new BlobSessionJournal(container, TimeSpan.FromMilliseconds(50), TimeProvider.System);
        var events = Events(40);
        await journal.AppendAsync("s1", events[0], CancellationToken.None);

        await Task.WhenAll(events.Skip(1).Select(e => journal.AppendAsync("s1", e, CancellationToken.None).AsTask()));

        var blocks = (await container.GetAppendBlobClient("s1.journal.jsonl").GetPropertiesAsync()).Value.BlobCommittedBlockCount;
        Assert.InRange(blocks, 2, 10);
        Assert.Equal(41, (await journal.ReadAsync("s1", CancellationToken.None)).Events.Count);
    }

    [Fact]
    public async Task SecondWriter_MakesTheFirstOneFailWithAConflict_NeverInterleavedLines()
    {
        var container = await ContainerAsync();
        await using var first = new BlobSessionJournal(container, TimeSpan.Zero, TimeProvider.System);
        await using var second = new BlobSessionJournal(container, TimeSpan.Zero, TimeProvider.System);
        await first.AppendAsync("s1", Events(0)[0], CancellationToken.None);

        await second.AppendAsync("s1", new MediaTick(TimeSpan.FromSeconds(1)), CancellationToken.None); // e.g. a failed-over node
        var conflict = await Assert.ThrowsAsync<JournalConflictException>(() => first.AppendAsync("s1", new MediaTick(TimeSpan.FromSeconds(2)), CancellationToken.None).AsTask());

        Assert.Contains("another writer", conflict.Message, StringComparison.Ordinal);
        var read = await first.ReadAsync("s1", CancellationToken.None);
        Assert.Empty(read.Defects);
        Assert.Equal(2, read.Events.Count);
    }

    [Fact]
    public async Task TornTail_IsReported_AndEverythingCompleteIsRead()
    {
        var container = await ContainerAsync();
        await using var journal = new BlobSessionJournal(container, TimeSpan.Zero, TimeProvider.System);
        foreach (var e in Events(3)) await journal.AppendAsync("s1", e, CancellationToken.None);
        using (var torn = new MemoryStream(Encoding.UTF8.GetBytes("{\"type\":\"tick\",\"at\":4")))
            await container.GetAppendBlobClient("s1.journal.jsonl").AppendBlockAsync(torn);

        var read = await journal.ReadAsync("s1", CancellationToken.None);

        Assert.Equal(4, read.Events.Count);
        Assert.Single(read.Defects);
    }

    [Fact]
    public async Task ArtifactWrite_IsOnce_WithItsContentType()
    {
        var container = await ContainerAsync();
        var store = new BlobArtifactStore(container);

        var first = await store.WriteAsync("s1", new Artifact("report.html", "text/html; charset=utf-8", "<h1>one</h1>"u8.ToArray()), CancellationToken.None);
        var again = await store.WriteAsync("s1", new Artifact("report.html", "text/html; charset=utf-8", "<h1>two</h1>"u8.ToArray()), CancellationToken.None);

        Assert.Equal((true, false), (first, again));
        var blob = container.GetBlobClient("sessions/s1/report.html");
        Assert.Equal("text/html; charset=utf-8", (await blob.GetPropertiesAsync()).Value.ContentType);
        Assert.Equal("<h1>one</h1>", (await blob.DownloadContentAsync()).Value.Content.ToString());
    }

    [Fact]
    public async Task Artifact_ReadsBack_WithItsContentType_AndAMissingOneIsNull()
    {
        var store = new BlobArtifactStore(await ContainerAsync());
        await store.WriteAsync("s1", new Artifact("email.md", "text/markdown; charset=utf-8", "Hi"u8.ToArray()), CancellationToken.None);

        var read = await store.ReadAsync("s1", "email.md", CancellationToken.None);

        Assert.Equal(("text/markdown; charset=utf-8", "Hi"), (read!.ContentType, Encoding.UTF8.GetString(read.Content.Span)));
        Assert.Null(await store.ReadAsync("s1", "nothing.md", CancellationToken.None));
        Assert.Null(await store.ReadAsync("s1", "../s2/email.md", CancellationToken.None));
    }

    [Fact]
    public async Task UnknownSession_ReadsEmpty() =>
        Assert.Empty((await new BlobSessionJournal(await ContainerAsync(), TimeSpan.Zero, TimeProvider.System).ReadAsync("nobody", CancellationToken.None)).Events);

    [Fact]
    public async Task SessionsWith_ListsOnlyTheSessionsHoldingThatArtifact_InOrder()
    {
        var store = new BlobArtifactStore(await ContainerAsync());
        foreach (var id in new[] { "s2", "s1" }) await store.WriteAsync(id, new Artifact("owner.json", "application/json", "{}"u8.ToArray()), CancellationToken.None);
        await store.WriteAsync("s3", new Artifact("email.md", "text/markdown; charset=utf-8", "Hi"u8.ToArray()), CancellationToken.None);

        Assert.Equal(["s1", "s2"], await store.SessionsWithAsync("owner.json", CancellationToken.None).ToListAsync());
    }
}

using System.Text;
using InterviewBot.Core.Ports;
using InterviewBot.Local.Artifacts;

namespace InterviewBot.Local.Tests.Artifacts;

public sealed class LocalArtifactStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static Artifact Md(string text) => new("snapshot.md", "text/markdown", Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task FirstWrite_StoresTheArtifactUnderItsSession()
    {
        var store = new LocalArtifactStore(_folder.Path);

        Assert.True(await store.WriteAsync("call-1", Md("first"), CancellationToken.None));

        Assert.Equal("first", File.ReadAllText(Path.Combine(_folder.Path, "call-1", "snapshot.md")));
    }

    [Fact]
    public async Task SecondWrite_IsANoOpAndKeepsTheFirst()
    {
        var store = new LocalArtifactStore(_folder.Path);
        await store.WriteAsync("call-1", Md("first"), CancellationToken.None);

        Assert.False(await store.WriteAsync("call-1", Md("second"), CancellationToken.None));

        Assert.Equal("first", File.ReadAllText(Path.Combine(_folder.Path, "call-1", "snapshot.md")));
        Assert.Single(Directory.GetFiles(Path.Combine(_folder.Path, "call-1")));
    }

    [Fact]
    public async Task Read_ReturnsWhatWasWritten_AndNullForAnythingElse()
    {
        var store = new LocalArtifactStore(_folder.Path);
        await store.WriteAsync("call-1", Md("first"), CancellationToken.None);

        var read = await store.ReadAsync("call-1", "snapshot.md", CancellationToken.None);

        Assert.Equal("first", Encoding.UTF8.GetString(read!.Content.Span));
        Assert.Null(await store.ReadAsync("call-1", "email.md", CancellationToken.None));
        Assert.Null(await store.ReadAsync("call-1", "../call-1/snapshot.md", CancellationToken.None));
    }

    [Theory]
    [InlineData("../x.md")]
    [InlineData("sub/x.md")]
    [InlineData(".hidden")]
    public async Task NonPlainName_IsRefused(string name)
    {
        var store = new LocalArtifactStore(_folder.Path);
        await Assert.ThrowsAsync<ArgumentException>(() => store.WriteAsync("call-1", new Artifact(name, "text/plain", new byte[1]), CancellationToken.None));
    }

    [Fact]
    public async Task SessionsWith_ListsOnlyTheSessionsHoldingThatArtifact_InOrder()
    {
        var store = new LocalArtifactStore(_folder.Path);
        foreach (var id in new[] { "call-2", "call-1" }) await store.WriteAsync(id, Md("x"), CancellationToken.None);
        await store.WriteAsync("call-3", new Artifact("email.md", "text/markdown", "Hi"u8.ToArray()), CancellationToken.None);

        var listed = await store.SessionsWithAsync("snapshot.md", CancellationToken.None).ToListAsync();

        Assert.Equal(["call-1", "call-2"], listed);
        Assert.Empty(await store.SessionsWithAsync("../snapshot.md", CancellationToken.None).ToListAsync());
    }

    [Fact]
    public async Task SessionsWith_AnEmptyStore_ListsNothing() =>
        Assert.Empty(await new LocalArtifactStore(Path.Combine(_folder.Path, "never-written")).SessionsWithAsync("report.json", CancellationToken.None).ToListAsync());
}

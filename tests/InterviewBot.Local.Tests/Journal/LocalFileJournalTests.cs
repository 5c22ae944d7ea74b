using System.Text;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Local.Journal;

namespace InterviewBot.Local.Tests.Journal;

public sealed class LocalFileJournalTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private static readonly Participant s_er = new("er", "Priya", ParticipantRole.Interviewer);
    private static readonly Participant s_ee = new("ee", "Marcus", ParticipantRole.Interviewee);

    private static readonly SessionEvent[] s_events =
    [
        new SessionStarted(TimeSpan.Zero, "call-1", new SessionSetup(Goal: "learn"), [s_er, s_ee]),
        new SpeechStarted(TimeSpan.FromSeconds(100), "er"),
        new SpeechEnded(TimeSpan.FromSeconds(104), "er"),
        new UtteranceFinal(TimeSpan.FromSeconds(104), new Utterance("er", TimeSpan.FromSeconds(100), TimeSpan.FromSeconds(104), "You love how fast it is, right?")),
        new MediaTick(TimeSpan.FromSeconds(105)),
    ];

    public void Dispose() => _folder.Dispose();

    private LocalFileJournal Journal() => new(new LocalJournalOptions { Directory = _folder.Path });

    private static async Task WriteAllAsync(LocalFileJournal journal, string sessionId = "call-1")
    {
        foreach (var e in s_events) await journal.AppendAsync(sessionId, e, CancellationToken.None);
    }

    [Fact]
    public async Task Appended_Events_ReadBackInOrder()
    {
        await using var journal = Journal();
        await WriteAllAsync(journal);

        var read = await journal.ReadAsync("call-1", CancellationToken.None);

        Assert.Empty(read.Defects);
        Assert.Equal(s_events.Select(e => e.GetType()), read.Events.Select(e => e.GetType()));
        Assert.Equal(s_events[3], read.Events[3]);
    }

    [Fact]
    public async Task EachAppend_IsOnDiskBeforeTheNext()
    {
        await using var journal = Journal();
        await journal.AppendAsync("call-1", s_events[0], CancellationToken.None);

        // Read by another handle while the writer is still open: nothing waits in a buffer.
        var lines = File.ReadAllLines(journal.PathOf("call-1"));

        Assert.Single(lines);
    }

    [Fact]
    public async Task Sessions_HaveOneFileEach()
    {
        await using var journal = Journal();
        await WriteAllAsync(journal, "a");
        await WriteAllAsync(journal, "b");

        Assert.Equal(["a.journal.jsonl", "b.journal.jsonl"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task TruncatedMidLine_LoadsEveryCompleteEventAndReportsTheTornTail()
    {
        string path;
        await using (var journal = Journal())
        {
            await WriteAllAsync(journal);
            path = journal.PathOf("call-1");
        }
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^9]); // the crash took the end of the last line

        await using var reopened = Journal();
        var read = await reopened.ReadAsync("call-1", CancellationToken.None);

        Assert.Equal(s_events.Length - 1, read.Events.Count);
        Assert.True(read.HasTornTail);
        Assert.Equal(s_events.Length, read.Defects.Single().Line);
    }

    [Fact]
    public async Task AppendAfterATornTail_KeepsTheNewEventReadable()
    {
        string path;
        await using (var journal = Journal())
        {
            await WriteAllAsync(journal);
            path = journal.PathOf("call-1");
        }
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..^9]);

        await using (var resumed = Journal())
            await resumed.AppendAsync("call-1", new MediaTick(TimeSpan.FromSeconds(200)), CancellationToken.None);

        await using var reader = Journal();
        var read = await reader.ReadAsync("call-1", CancellationToken.None);
        Assert.Equal(s_events.Length, read.Events.Count);
        Assert.IsType<MediaTick>(read.Events[^1]);
        Assert.False(read.HasTornTail);
        Assert.Single(read.Defects);
    }

    [Fact]
    public async Task Journal_RebuildsTheSession()
    {
        await using var journal = Journal();
        var runner = new SessionRunner(CoachFactory.CreateSession(), "call-1", journal, []);
        var running = runner.RunAsync(CancellationToken.None);
        foreach (var e in s_events) await runner.PostAsync(e, CancellationToken.None);
        runner.Complete();
        await running;

        var read = await journal.ReadAsync("call-1", CancellationToken.None);
        var rebuilt = SessionRebuilder.Rebuild(read.Events, CoachFactory.CreateSession());

        Assert.Equal(runner.Session.Utterances, rebuilt.Session.Utterances);
        Assert.Equal(NudgeKinds.LeadingQuestion, Assert.Single(rebuilt.Session.Nudges).Kind);
        Assert.Empty(rebuilt.Undelivered);
    }

    [Fact]
    public async Task MissingJournal_ReadsAsEmpty()
    {
        await using var journal = Journal();
        var read = await journal.ReadAsync("never-written", CancellationToken.None);
        Assert.Empty(read.Events);
        Assert.Empty(read.Defects);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData(".hidden")]
    [InlineData("with space")]
    public async Task UnsafeSessionId_IsRefused(string id)
    {
        await using var journal = Journal();
        await Assert.ThrowsAsync<ArgumentException>(() => journal.AppendAsync(id, s_events[0], CancellationToken.None).AsTask());
        Assert.Empty(Directory.GetFiles(_folder.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Lines_AreUtf8JsonOnePerEvent()
    {
        await using var journal = Journal();
        await WriteAllAsync(journal);

        var text = Encoding.UTF8.GetString(File.ReadAllBytes(journal.PathOf("call-1")));

        Assert.Equal(s_events.Length, text.Count(c => c == '\n'));
        Assert.StartsWith("{\"type\":\"session_started\"", text, StringComparison.Ordinal);
    }
}

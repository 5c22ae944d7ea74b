using InterviewBot.Core.Coaching;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Live;
using Microsoft.Extensions.Logging.Abstractions;

namespace InterviewBot.Media.Tests.Live;

/// <summary>The sink registry: sinks built from descriptors through the factory table, and rebuilt from a journal with what they posted.</summary>
public class SessionSinksTests
{
    private sealed class ListJournal : ISessionJournal
    {
        public List<SessionEvent> Events { get; } = [];

        public ValueTask AppendAsync(string sessionId, SessionEvent e, CancellationToken cancellationToken)
        {
            Events.Add(e);
            return ValueTask.CompletedTask;
        }

        public Task<JournalReadResult> ReadAsync(string sessionId, CancellationToken cancellationToken) =>
            Task.FromResult(JournalCodec.Decode(Events.SelectMany(JournalCodec.EncodeLine).ToArray()));
    }

    /// <summary>Builds a sink that says which chat it posts to and what its notes recalled.</summary>
    private sealed class ChatFactory(string kind, bool fails = false) : ISinkFactory
    {
        public List<(SinkDescriptor Descriptor, SinkContext Context)> Built { get; } = [];

        public string Kind => kind;

        public ValueTask<BuiltSink?> BuildAsync(SinkDescriptor descriptor, SinkContext context, CancellationToken cancellationToken)
        {
            if (fails) throw new FormatException("the chat id is not one this factory reads");
            Built.Add((descriptor, context));
            return ValueTask.FromResult<BuiltSink?>(descriptor.Version == 1 ? new BuiltSink(new ChatSink(context.Notes), []) : null);
        }
    }

    private sealed class ChatSink(SinkNotes notes) : INudgeSink
    {
        public SinkNotes Notes => notes;

        public ValueTask DeliverAsync(string sessionId, Nudge nudge, CancellationToken cancellationToken) =>
            notes.NoteAsync(nudge.At, SinkPosted.NudgeItem(nudge.Id), $"message-{nudge.Id}", cancellationToken);
    }

    private sealed class NoSession : ILiveSession
    {
        public string SessionId => "s";

        public bool HasAudio => true;

        public TimeSpan Now => TimeSpan.Zero;

        public ValueTask PostAsync(SessionEvent e, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public Task<ISessionView?> EndAsync(string reason, CancellationToken cancellationToken) => Task.FromResult<ISessionView?>(null);
    }

    private static SinkDescriptor Chat(int version = 1) => new("chat", version, new Dictionary<string, string> { ["to"] = "host" });

    private static readonly SessionStarted s_started = new(TimeSpan.Zero, "s", SessionSetup.Empty, []);

    [Fact]
    public async Task AStartingSession_GetsTheSinkItsDescriptorNames_AndAFeedFirst()
    {
        var factory = new ChatFactory("chat");
        var sinks = new SessionSinks([factory, new ChatFactory("other")], NullLogger<SessionSinks>.Instance);

        var attached = await sinks.AttachAsync("s", [Chat()], new ListJournal(), new NoSession(), CancellationToken.None);

        Assert.IsType<NudgeFeed>(attached.All[0]);
        Assert.IsType<ChatSink>(Assert.Single(attached.Channel));
        Assert.False(Assert.Single(factory.Built).Context.Resumed);
    }

    [Fact]
    public async Task ASessionStartedElsewhere_GetsItsSinksRebuiltFromTheJournal_WithWhatTheyPosted()
    {
        var journal = new ListJournal();
        var first = await new SessionSinks([new ChatFactory("chat")], NullLogger<SessionSinks>.Instance)
            .AttachAsync("s", [Chat()], journal, new NoSession(), CancellationToken.None);
        await first.Channel[0].DeliverAsync("s", new Nudge(NudgeKinds.LeadingQuestion, TimeSpan.FromSeconds(40), "er", "q", "m", "t") { Id = 1 }, CancellationToken.None);
        SessionEvent[] journaled = [s_started, new SinkAttached(TimeSpan.Zero, Chat()), .. journal.Events];
        var factory = new ChatFactory("chat");

        var rebuilt = await new SessionSinks([factory], NullLogger<SessionSinks>.Instance).ForResumedAsync("s", journaled, journal, new NoSession(), CancellationToken.None);

        var sink = Assert.IsType<ChatSink>(Assert.Single(rebuilt.Channel));
        Assert.Equal("message-1", sink.Notes.Recall(SinkPosted.NudgeItem(1)));
        Assert.True(Assert.Single(factory.Built).Context.Resumed);
    }

    [Fact]
    public async Task ASessionResumedInTheProcessThatAttachedIt_KeepsTheSameSinks()
    {
        var sinks = new SessionSinks([new ChatFactory("chat")], NullLogger<SessionSinks>.Instance);
        var attached = await sinks.AttachAsync("s", [Chat()], new ListJournal(), new NoSession(), CancellationToken.None);

        var resumed = await sinks.ForResumedAsync("s", [s_started, new SinkAttached(TimeSpan.Zero, Chat())], new ListJournal(), new NoSession(), CancellationToken.None);

        Assert.Same(attached, resumed);
    }

    [Theory]
    [InlineData("unknown-kind", 1, false)]
    [InlineData("chat", 2, false)]
    [InlineData("chat", 1, true)]
    public async Task ASinkThatCannotBeBuilt_IsLeftOut_AndTheOthersStillAre(string kind, int version, bool factoryFails)
    {
        var sinks = new SessionSinks([new ChatFactory("chat", fails: factoryFails && kind == "chat"), new ChatFactory("zoom")], NullLogger<SessionSinks>.Instance);
        SinkDescriptor[] descriptors = [new(kind, version, new Dictionary<string, string>()), new("zoom", 1, new Dictionary<string, string>())];

        var attached = await sinks.ForResumedAsync("s", [s_started, .. descriptors.Select(d => new SinkAttached(TimeSpan.Zero, d))], new ListJournal(), new NoSession(), CancellationToken.None);

        Assert.Single(attached.Channel);
        Assert.IsType<NudgeFeed>(attached.All[0]);
    }

    [Fact]
    public void TwoFactoriesForOneKind_AreAWiringErrorAtStart() =>
        Assert.Throws<ArgumentException>(() => new SessionSinks([new ChatFactory("chat"), new ChatFactory("chat")], NullLogger<SessionSinks>.Instance));
}

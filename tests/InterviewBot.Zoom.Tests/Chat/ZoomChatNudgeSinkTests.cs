using InterviewBot.Core.Coaching;
using InterviewBot.Core.Tests.TestSupport;
using InterviewBot.Media.Live;
using InterviewBot.Zoom.Chat;
using InterviewBot.Zoom.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InterviewBot.Zoom.Tests.Chat;

/// <summary>Nudges in the host's Team Chat against Zoom's chatbot message API on loopback: new cards sent, repeats edited in place.</summary>
public sealed class ZoomChatNudgeSinkTests : IAsyncLifetime
{
    private readonly FakeZoom _zoom = new();
    private HttpClient _http = null!;
    private ZoomApi _api = null!;

    public async Task InitializeAsync()
    {
        await _zoom.StartAsync();
        _http = new HttpClient();
        _api = new ZoomApi(_http, Options.Create(new ZoomOptions
        {
            ClientId = FakeZoom.ClientId, ClientSecret = FakeZoom.ClientSecret, RobotJid = "bot@xmpp.zoom.us",
            ApiBaseUrl = new Uri(_zoom.BaseUri, "v2/"), OAuthTokenUrl = new Uri(_zoom.BaseUri, "oauth/token"),
        }), TimeProvider.System);
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        _http.Dispose();
        await _zoom.DisposeAsync();
    }

    private static Nudge Leading(int id, string quote, int? updates = null, int count = 1) =>
        new(NudgeKinds.LeadingQuestion, TimeSpan.FromSeconds(60 * id), "host", quote, "The answer is inside the question.", "What stands out to you most?")
        { Id = id, Updates = updates, Count = count };

    [Fact]
    public async Task ARepeat_EditsTheMessageAlreadySent_InsteadOfSendingAnother()
    {
        var sink = new ZoomChatNudgeSink(_api, "host@xmpp.zoom.us", "account-1", NullLogger.Instance, new SinkNotes(new MemoryJournal(), "s", ZoomChatSinks.SinkKind));

        await sink.DeliverAsync("s", Leading(1, "You love it, right?"), CancellationToken.None);
        await sink.DeliverAsync("s", Leading(2, "Isn't that frustrating?", updates: 1, count: 2), CancellationToken.None);

        Assert.Single(_zoom.Chat);
        var (messageId, body) = Assert.Single(_zoom.Edits);
        Assert.Equal("message-1", messageId);
        Assert.Equal("host@xmpp.zoom.us", body["to_jid"]!.GetValue<string>());
        Assert.Contains("(2 times)", body["content"]!["head"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Isn't that frustrating?", body["content"]!["body"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AThirdRepeat_EditsTheSameMessageAgain()
    {
        var sink = new ZoomChatNudgeSink(_api, "host@xmpp.zoom.us", null, NullLogger.Instance, new SinkNotes(new MemoryJournal(), "s", ZoomChatSinks.SinkKind));

        await sink.DeliverAsync("s", Leading(1, "first"), CancellationToken.None);
        await sink.DeliverAsync("s", Leading(2, "second", updates: 1, count: 2), CancellationToken.None);
        await sink.DeliverAsync("s", Leading(3, "third", updates: 2, count: 3), CancellationToken.None);

        Assert.Single(_zoom.Chat);
        Assert.Equal(["message-1", "message-1"], _zoom.Edits.Select(e => e.MessageId));
    }

    [Fact]
    public async Task ASinkRebuiltFromTheJournalOnAnotherServer_EditsTheMessageTheFirstOneSent()
    {
        var journal = new MemoryJournal();
        var factory = new ZoomChatSinks(_api, Options.Create(new ZoomOptions { RobotJid = "bot@xmpp.zoom.us" }), NullLogger<ZoomChatSinks>.Instance);
        var descriptor = ZoomChatSinks.Describe("host@xmpp.zoom.us", "account-1");
        var first = await factory.BuildAsync(descriptor, new SinkContext("s", new SinkNotes(journal, "s", ZoomChatSinks.SinkKind), new NoSession(), Resumed: false), CancellationToken.None);
        await first!.Sink.DeliverAsync("s", Leading(1, "You love it, right?"), CancellationToken.None);

        var journaled = (await journal.ReadAsync("s", CancellationToken.None)).Events;
        var notes = new SinkNotes(journal, "s", ZoomChatSinks.SinkKind, SinkNotes.Read(journaled, ZoomChatSinks.SinkKind));
        var rebuilt = await factory.BuildAsync(descriptor, new SinkContext("s", notes, new NoSession(), Resumed: true), CancellationToken.None);
        await rebuilt!.Sink.DeliverAsync("s", Leading(2, "Isn't that frustrating?", updates: 1, count: 2), CancellationToken.None);

        Assert.Single(_zoom.Chat);
        Assert.Equal("message-1", Assert.Single(_zoom.Edits).MessageId);
    }

    [Fact]
    public async Task ADescriptorOfAnUnknownVersion_BuildsNoSink()
    {
        var factory = new ZoomChatSinks(_api, Options.Create(new ZoomOptions { RobotJid = "bot@xmpp.zoom.us" }), NullLogger<ZoomChatSinks>.Instance);
        var future = ZoomChatSinks.Describe("host@xmpp.zoom.us", null) with { Version = ZoomChatSinks.Version + 1 };

        Assert.Null(await factory.BuildAsync(future, new SinkContext("s", new SinkNotes(new MemoryJournal(), "s", ZoomChatSinks.SinkKind), new NoSession(), Resumed: true), CancellationToken.None));
    }

    /// <summary>The Zoom sink never drives its session: it needs none.</summary>
    private sealed class NoSession : ILiveSession
    {
        public string SessionId => "s";

        public bool HasAudio => true;

        public TimeSpan Now => TimeSpan.Zero;

        public ValueTask PostAsync(InterviewBot.Core.Sessions.Events.SessionEvent e, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public Task<InterviewBot.Core.Sessions.ISessionView?> EndAsync(string reason, CancellationToken cancellationToken) => Task.FromResult<InterviewBot.Core.Sessions.ISessionView?>(null);
    }
}

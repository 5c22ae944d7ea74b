using InterviewBot.Core.Coaching;
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
        var sink = new ZoomChatNudgeSink(_api, "host@xmpp.zoom.us", "account-1", NullLogger.Instance);

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
        var sink = new ZoomChatNudgeSink(_api, "host@xmpp.zoom.us", null, NullLogger.Instance);

        await sink.DeliverAsync("s", Leading(1, "first"), CancellationToken.None);
        await sink.DeliverAsync("s", Leading(2, "second", updates: 1, count: 2), CancellationToken.None);
        await sink.DeliverAsync("s", Leading(3, "third", updates: 2, count: 3), CancellationToken.None);

        Assert.Single(_zoom.Chat);
        Assert.Equal(["message-1", "message-1"], _zoom.Edits.Select(e => e.MessageId));
    }
}

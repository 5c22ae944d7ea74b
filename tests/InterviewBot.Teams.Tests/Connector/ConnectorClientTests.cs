using System.Text.Json;
using InterviewBot.Teams.Connector;
using InterviewBot.Teams.Protocol;
using InterviewBot.Teams.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace InterviewBot.Teams.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private readonly RecordingConnector _connector = new();
    private readonly string _data = Directory.CreateTempSubdirectory("ib-connector-").FullName;
    private ServiceProvider _services = null!;
    private ConnectorClient Client => _services.GetRequiredService<ConnectorClient>();
    private string Service => _connector.BaseUri.ToString();

    public async Task InitializeAsync()
    {
        await _connector.StartAsync();
        _services = TeamsServices.Build(_connector, _data);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Send_PostsTheActivity_WithAClientCredentialsToken()
    {
        var sent = await Client.SendAsync(Service, "19:chat@thread.v2", Activity.Message("hello"), CancellationToken.None);

        Assert.StartsWith("activity-", sent.Id, StringComparison.Ordinal);
        var call = Assert.Single(_connector.Calls);
        Assert.Equal(("POST", "/v3/conversations/19:chat@thread.v2/activities", "Bearer token-1"), (call.Method, Uri.UnescapeDataString(call.Path), call.Authorization));
        Assert.Equal("hello", call.Body!["text"]!.GetValue<string>());
        var form = Assert.Single(_connector.TokenRequests);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(TokenIssuer.AppId, form["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task Token_IsReused_AcrossCalls()
    {
        for (var i = 0; i < 3; i++) await Client.SendAsync(Service, "c", Activity.Message("x"), CancellationToken.None);

        Assert.Single(_connector.TokenRequests);
    }

    [Fact]
    public async Task Token_IsRenewed_FiveMinutesBeforeItExpires()
    {
        var time = new FakeTimeProvider();
        using var http = new HttpClient();
        using var tokens = new ConnectorTokenProvider(http, Options.Create(new BotOptions { AppId = "a", AppPassword = "p", TokenEndpoint = _connector.TokenEndpoint }), time);

        var first = await tokens.GetTokenAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(54));
        var stillFirst = await tokens.GetTokenAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(2));
        var renewed = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.Equal((first, first), (stillFirst, first));
        Assert.NotEqual(first, renewed);
        Assert.Equal(2, _connector.TokenRequests.Count);
    }

    [Fact]
    public async Task WithoutAPassword_CallsGoOutWithoutAToken()
    {
        await using var services = TeamsServices.Build(_connector, _data, new Dictionary<string, string?> { ["Bot:AppPassword"] = "" });

        await services.GetRequiredService<ConnectorClient>().SendAsync(Service, "c", Activity.Message("x"), CancellationToken.None);

        Assert.Equal("", Assert.Single(_connector.Calls).Authorization);
        Assert.Empty(_connector.TokenRequests);
    }

    [Fact]
    public async Task Update_PutsTheActivityInPlace()
    {
        await Client.UpdateAsync(Service, "c", "activity-7", Activity.Message("new text"), CancellationToken.None);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal(("PUT", "/v3/conversations/c/activities/activity-7", "activity-7"), (call.Method, call.Path, call.Body!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Reply_PostsUnderTheActivity_WithReplyToId()
    {
        await Client.ReplyAsync(Service, "c", "activity-3", Activity.Message("re"), CancellationToken.None);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal(("/v3/conversations/c/activities/activity-3", "activity-3"), (call.Path, call.Body!["replyToId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Delete_RemovesTheActivity()
    {
        await Client.DeleteAsync(Service, "c", "activity-3", CancellationToken.None);

        Assert.Equal(("DELETE", "/v3/conversations/c/activities/activity-3"), (Assert.Single(_connector.Calls).Method, _connector.Calls.Single().Path));
    }

    [Fact]
    public async Task CreateConversation_AsksForAOneToOneChatInTheTenant()
    {
        var created = await Client.CreateConversationAsync(Service,
            new ConversationParameters(new ChannelAccount("28:bot"), [new ChannelAccount("29:user", "Ana")], IsGroup: false, "tenant-1")
            { ChannelData = new TeamsChannelData { Tenant = new TenantInfo("tenant-1") } }, CancellationToken.None);

        Assert.Equal("personal-29:user", created.Id);
        var body = Assert.Single(_connector.Calls).Body!;
        Assert.Equal(("29:user", false, "tenant-1", "tenant-1"), (body["members"]![0]!["id"]!.GetValue<string>(), body["isGroup"]!.GetValue<bool>(),
            body["tenantId"]!.GetValue<string>(), body["channelData"]!["tenant"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task GetMember_ReadsTheMembersName()
    {
        _connector.Names["29:user"] = "Ana Souza";

        var member = await Client.GetMemberAsync(Service, "c", "29:user", CancellationToken.None);

        Assert.Equal(("Ana Souza", "aad-29:user"), (member!.Name, member.AadObjectId));
    }

    [Fact]
    public async Task TooManyRequests_IsRetriedAfterRetryAfter_EvenForAPost()
    {
        _connector.FailNext(429, "0");

        var sent = await Client.SendAsync(Service, "c", Activity.Message("x"), CancellationToken.None);

        Assert.NotNull(sent.Id);
        Assert.Equal(2, _connector.Calls.Count);
    }

    [Fact]
    public async Task ServerError_OnAPost_IsNotRepeated_SoNoCardArrivesTwice()
    {
        _connector.FailNext(500);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendAsync(Service, "c", Activity.Message("x"), CancellationToken.None));

        Assert.Equal(500, error.Status);
        Assert.Single(_connector.Calls);
    }

    [Fact]
    public async Task ServerError_OnAnUpdate_IsRetried()
    {
        _connector.FailNext(503);

        await Client.UpdateAsync(Service, "c", "activity-1", Activity.Message("x"), CancellationToken.None);

        Assert.Equal(2, _connector.Calls.Count);
    }

    [Fact]
    public async Task MeetingNotification_IsPostedToTheMeeting()
    {
        using var doc = JsonDocument.Parse("""{"type":"targetedMeetingNotification","value":{"recipients":["aad-1"]}}""");

        await Client.SendMeetingNotificationAsync(Service, "MCMxOTptZWV0aW5n", doc.RootElement, CancellationToken.None);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal(("/v1/meetings/MCMxOTptZWV0aW5n/notification", "aad-1"), (call.Path, call.Body!["value"]!["recipients"]![0]!.GetValue<string>()));
    }
}

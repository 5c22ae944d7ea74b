using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using InterviewBot.Teams.Calling;
using InterviewBot.Teams.Graph;
using InterviewBot.Teams.Tests.TestSupport;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Communications.Calls;
using Microsoft.Graph.Communications.Client;
using Microsoft.Graph.Communications.Common.Telemetry;
using Microsoft.Graph.Communications.Core.Notifications;
using Microsoft.Graph.Models;

namespace InterviewBot.Teams.Tests.Calling.Sdk;

/// <summary>
/// Spike for issue 22: Microsoft.Graph.Communications.Calls 1.2.0.18742 (signaling only) driven on Linux/.NET 10
/// against the loopback Graph stand-in — join, documented notifications, hang up — and what the SDK itself does first.
/// </summary>
public sealed class CommunicationsSdkOnLinuxTests : IAsyncLifetime
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string ThreadId = "19:meeting_NjQ5ZjQ3@thread.v2";
    private static readonly Uri Callback = new("https://bot.example/api/calling");
    private readonly GraphStandIn _graph = new();
    private readonly FixedToken _token = new("bot-graph-token");
    private ICommunicationsClient _client = null!;

    public async Task InitializeAsync()
    {
        await _graph.StartAsync();
        // SetAuthentication (not the obsolete SetAuthenticationProvider, GRAPHCOMM_AUTH_0001): outbound requests get our
        // token; the SDK's own inbound validation is not used by the bot (see docs/calling-sdk.md).
        _client = new CommunicationsClientBuilder("InterviewBot", AppId, new GraphLogger("InterviewBot.Spike"))
            .SetAuthentication(AppId, _token)
            .SetNotificationUrl(Callback)
            .SetServiceBaseUrl(LoopbackGraph.ServiceBaseFor(new Uri(_graph.BaseUri, "v1.0"))!)
            .SetHttpClient(new HttpClient(ToLoopback(new Uri(_graph.BaseUri, "v1.0"), new HttpClientHandler())) { Timeout = TimeSpan.FromSeconds(10) }, [])
            .Build();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _graph.DisposeAsync();
    }

    [Fact]
    public void The_builder_refuses_a_plain_http_service_base_url()
    {
        var builder = new CommunicationsClientBuilder("InterviewBot", AppId, new GraphLogger("InterviewBot.Spike"));

        var refused = Assert.Throws<ArgumentException>(() => builder.SetServiceBaseUrl(new Uri(_graph.BaseUri, "v1.0")));

        Assert.StartsWith($"The URL '{_graph.BaseUri.GetLeftPart(UriPartial.Authority)}' is not secure. HTTPS is required.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Joining_a_meeting_posts_the_documented_create_call_body_with_the_bot_token()
    {
        var call = await JoinAsync();

        Assert.Equal("call-1", call.Id);
        var post = Assert.Single(_graph.Calls, c => c.Method == "POST");
        Assert.Equal("/v1.0/communications/calls", post.PathAndQuery);
        Assert.Equal("Bearer bot-graph-token", post.Authorization);
        var body = JsonNode.Parse(post.Body!)!;
        Assert.Equal(Callback.ToString(), (string?)body["callbackUri"]);
        Assert.Equal(ThreadId, (string?)body["chatInfo"]?["threadId"]);
        Assert.Equal("aad-priya", (string?)body["meetingInfo"]?["organizer"]?["user"]?["id"]);
        Assert.Equal("#microsoft.graph.serviceHostedMediaConfig", (string?)body["mediaConfig"]?["@odata.type"]);
        Assert.Equal(Tenant, (string?)body["tenantId"]);
    }

    [Fact]
    public async Task An_established_notification_moves_the_calls_state_to_established()
    {
        var call = await JoinAsync();
        var established = new TaskCompletionSource<CallState?>(TaskCreationOptions.RunContinuationsAsynchronously);
        call.OnUpdated += (_, args) => { if (args.NewResource.State == CallState.Established) established.TrySetResult(args.NewResource.State); };

        Process(Notification("established"));

        Assert.Equal(CallState.Established, await established.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(CallState.Established, _client.Calls()["call-1"].Resource.State);
    }

    [Fact]
    public async Task A_roster_notification_fills_the_calls_participants_collection()
    {
        var call = await JoinAsync();
        var added = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        call.Participants.OnUpdated += (_, args) => { if (args.AddedResources.Count > 0) added.TrySetResult(); };
        var roster = new JsonArray(new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.participant",
            ["id"] = "participant-marcus",
            ["info"] = new JsonObject { ["identity"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "aad-marcus", ["displayName"] = "Marcus" } } },
            ["isInLobby"] = false,
        });

        Process(Notification("/communications/calls/call-1/participants", roster));

        await added.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var marcus = Assert.Single(call.Participants);
        Assert.Equal("Marcus", marcus.Resource.Info?.Identity?.User?.DisplayName);
    }

    [Fact]
    public async Task The_sdks_own_processing_reads_the_body_before_it_checks_the_token()
    {
        var forged = new HttpRequestMessage(HttpMethod.Post, Callback) { Content = new StringContent("{not json", Encoding.UTF8, "application/json") };
        forged.Headers.Authorization = new("Bearer", "forged");

        var response = await _client.ProcessNotificationAsync(forged);

        // 400, not 401: a forged token with a broken body is answered about the body, so the bot checks tokens itself first.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Deleting_the_call_sends_delete_for_its_id()
    {
        var call = await JoinAsync();

        await call.DeleteAsync();

        var delete = Assert.Single(_graph.Calls, c => c.Method == "DELETE");
        Assert.Equal("/v1.0/communications/calls/call-1", delete.PathAndQuery);
        Assert.Equal("Bearer bot-graph-token", delete.Authorization);
    }

    /// <summary>The bot's own handler for a plain-http stand-in (the SDK is given the https form of its URL).</summary>
    internal static LoopbackGraph ToLoopback(Uri standIn, HttpMessageHandler inner) =>
        new(Options.Create(new GraphOptions { BaseUrl = standIn })) { InnerHandler = inner };

    private Task<ICall> JoinAsync()
    {
        var organizer = new OrganizerMeetingInfo { Organizer = new IdentitySet { User = new Identity { Id = "aad-priya" } } };
        organizer.Organizer.User.AdditionalData["tenantId"] = Tenant;
        var join = new JoinMeetingParameters(new ChatInfo { ThreadId = ThreadId, MessageId = "0" }, organizer, [Modality.Audio], [])
        {
            TenantId = Tenant,
        };
        return _client.Calls().AddAsync(join, Guid.NewGuid());
    }

    /// <summary>A notification handed to the SDK after the token check, as the bot's endpoint does (CallingClient.Process).</summary>
    private void Process(string body) =>
        _client.ProcessNotifications(Callback, NotificationProcessor.ExtractNotifications(body, _client.Serializer), Tenant, Guid.NewGuid(), Guid.Empty);

    /// <summary>The documented call-state notification (Graph calling docs, "call established").</summary>
    private static string Notification(string state) =>
        Notification("/communications/calls/call-1", new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.call", ["state"] = state, ["callbackUri"] = Callback.ToString(), ["tenantId"] = Tenant,
        });

    private static string Notification(string resourceUrl, JsonNode resourceData)
    {
        var body = new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.commsNotifications",
            ["value"] = new JsonArray(new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.commsNotification",
                ["changeType"] = "updated",
                ["resourceUrl"] = resourceUrl,
                ["resourceData"] = resourceData,
            }),
        };
        return body.ToJsonString();
    }
}

/// <summary>The SDK's outbound token seam with a fixed token (the bot's is GraphTokenProvider, through CallingClient).</summary>
internal sealed class FixedToken(string token) : Microsoft.Graph.Communications.Client.Authentication.ITokenProvider
{
    public Task<string> AcquireTokenAsync(string tenant) => Task.FromResult(token);
}

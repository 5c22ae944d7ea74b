using InterviewBot.Teams.Graph;
using InterviewBot.Teams.Meetings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Communications.Client;
using Microsoft.Graph.Communications.Client.Authentication;
using Microsoft.Graph.Communications.Common;
using Microsoft.Graph.Communications.Common.Telemetry;
using Microsoft.Graph.Communications.Core.Notifications;
using Microsoft.Kiota.Abstractions;

namespace InterviewBot.Teams.Calling;

/// <summary>
/// The bot's stateful Graph calling client (<c>Microsoft.Graph.Communications.Client</c>'s <see cref="ICommunicationsClient"/>),
/// built on first use: it holds the calls and their participants, sends join, answer, reject and hang-up requests with
/// the bot's Graph token, and turns validated notifications into call and participant events.
/// </summary>
public sealed class CallingClient(IHttpClientFactory http, GraphTokenProvider tokens, IOptions<BotOptions> bot, IOptions<GraphOptions> graph,
    IOptions<CoachOptions> coach, ILogger<CallingClient> logger) : IDisposable
{
    /// <summary>The named HttpClient the SDK sends through (timeouts, retries, no repeated POST; see TeamsServiceCollectionExtensions).</summary>
    public const string HttpClientName = "GraphCalling";

    private readonly object _gate = new();
    private readonly GraphLogger _sdkLog = new("InterviewBot.Calling");
    private IDisposable? _sdkLogSubscription;
    private ICommunicationsClient? _client;
    private string? _unavailable;

    /// <summary>Where Graph sends this bot's call notifications: <c>{Coach:PublicBaseUrl}/api/calling</c>.</summary>
    public Uri? CallbackUri => coach.Value.PublicBaseUrl is { } publicBase ? new Uri(publicBase, "api/calling") : null;

    /// <summary>The client, or why there is none (no https public base URL, or a Graph base URL the SDK cannot use).</summary>
    public (ICommunicationsClient? Client, string? Unavailable) Get()
    {
        lock (_gate)
        {
            if (_client is null && _unavailable is null) (_client, _unavailable) = Build();
            return (_client, _unavailable);
        }
    }

    /// <summary>
    /// Hands a notification whose token was already checked (CallingTokenValidator) to the SDK, which updates its calls and
    /// raises their events on its own queue. Not the SDK's <c>ProcessNotificationAsync</c>: that parses the body before it
    /// validates the token, and validates with its own provider, not ours.
    /// </summary>
    public NotificationOutcome Process(string body, string? tenantId, Guid requestId)
    {
        var (client, unavailable) = Get();
        if (client is null) return new NotificationOutcome(503, $"Graph calling is not available: {unavailable}");
        CommsNotifications notifications;
        try
        {
            notifications = NotificationProcessor.ExtractNotifications(body, client.Serializer);
        }
        catch (ApiException ex)
        {
            // 204 is the SDK's answer to legacy (pre-Graph) call payloads: acknowledged, nothing to do.
            return ex.ResponseStatusCode == 204 ? new NotificationOutcome(204, null) : new NotificationOutcome(400, $"not a call notification: {ex.Message}");
        }
        try
        {
            client.ProcessNotifications(CallbackUri!, notifications, tenantId, requestId, Guid.Empty);
        }
        // The SDK throws a NullReferenceException (1.2.0.18742) for an item without resourceData, and may cast-fail on a
        // resourceData of the wrong kind: the body is at fault, so it is a 400 like the SDK's own ServiceExceptions.
        catch (Exception ex) when (ex is ApiException or NullReferenceException or InvalidCastException)
        {
            return new NotificationOutcome(400, $"not a call notification: {ex.Message}");
        }
        return new NotificationOutcome(202, null);
    }

    private (ICommunicationsClient?, string?) Build()
    {
        if (CallbackUri is not { } callback) return (null, "Coach:PublicBaseUrl (where Teams sends call news) is not configured");
        if (callback.Scheme != Uri.UriSchemeHttps) return (null, $"Coach:PublicBaseUrl must be https for Graph calling, not {callback.Scheme}");
        if (LoopbackGraph.ServiceBaseFor(graph.Value.BaseUrl) is not { } serviceBase)
            return (null, $"Graph:BaseUrl must be https (or http on loopback, for a local stand-in), not {graph.Value.BaseUrl}");
        var appId = string.IsNullOrEmpty(bot.Value.AppId) ? "local-development" : bot.Value.AppId;
        _sdkLogSubscription ??= _sdkLog.Subscribe(new SdkLog(logger));
        var client = new CommunicationsClientBuilder("InterviewBot", appId, _sdkLog)
            // The SDK's DefaultAuthenticationProvider: outbound requests get our Graph token; its inbound validation is
            // never reached, because Process hands it notifications our CallingTokenValidator already accepted.
            .SetAuthentication(appId, new BotGraphToken(tokens))
            .SetNotificationUrl(callback)
            .SetServiceBaseUrl(serviceBase)
            .SetHttpClient(http.CreateClient(HttpClientName))
            .Build();
        return (client, null);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _client?.Dispose();
            _sdkLogSubscription?.Dispose();
            _sdkLog.Dispose();
        }
    }

    /// <summary>The bot's Graph token for the SDK's outbound requests (single tenant: the tenant asked for is ours).</summary>
    private sealed class BotGraphToken(GraphTokenProvider tokens) : ITokenProvider
    {
        // The SDK's interface carries no CancellationToken; the token request is bounded by its HttpClient's timeouts.
        // Without credentials (local development) the request goes out with an empty bearer, as the stand-ins accept.
        public async Task<string> AcquireTokenAsync(string tenant) => await tokens.GetTokenAsync(CancellationToken.None).ConfigureAwait(false) ?? "";
    }
}

/// <summary>What <c>/api/calling</c> answers for a validated notification: 202 when handed to the SDK, else a status and the reason.</summary>
public sealed record NotificationOutcome(int Status, string? Error);

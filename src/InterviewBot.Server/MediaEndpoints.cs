using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using InterviewBot.Core.Sessions;
using InterviewBot.Media;
using InterviewBot.Media.Gateways;
using InterviewBot.Media.Ingest;
using InterviewBot.Media.Live;
using Microsoft.Extensions.Options;

namespace InterviewBot.Server;

/// <summary>
/// The media door: <c>POST /api/sessions</c> creates a live session and its media token; <c>GET /api/media/{id}</c>
/// upgrades to the ingest WebSocket once the token is checked (header <c>Authorization: Bearer</c>, or
/// <c>?token=</c> for gateways that cannot set headers). A wrong token never reaches the upgrade.
/// </summary>
internal static class MediaEndpoints
{
    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/sessions", CreateAsync);
        app.Map("/api/media/{sessionId}", ConnectAsync);
        app.MapPost("/api/media/attendee/webhook", AttendeeWebhookAsync);
        app.MapPost("/api/media/recall/webhook", RecallWebhookAsync);
        app.Map("/api/media/{gateway}/{sessionId}", ConnectGatewayAsync);
        return app;
    }

    private static readonly Dictionary<string, IGatewayTranslator> s_gateways = new(StringComparer.Ordinal)
    {
        ["attendee"] = new AttendeeTranslator(),
        ["recall"] = new RecallTranslator(),
    };

    private static async Task ConnectGatewayAsync(HttpContext context, string gateway, string sessionId, MediaTokens tokens, MediaSessions sessions,
        IOptions<MediaOptions> options, ILogger<MediaSessions> logger)
    {
        if (!s_gateways.TryGetValue(gateway, out var translator))
        {
            await Results.NotFound().ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        if (await RefuseAsync(context, tokens, sessionId).ConfigureAwait(false)) return;
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        await GatewayConnection.RunAsync(socket, translator, sessions, sessionId, options.Value, logger, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>attendee's webhooks: participant names (so audio is attributed) and the bot's end (so post-call runs).</summary>
    private static async Task<IResult> AttendeeWebhookAsync(HttpContext context, MediaSessions sessions, IOptions<MeetingBotOptions> gateway, TimeProvider time)
    {
        if (gateway.Value.WebhookSecret is not { Length: > 0 } secret) return Results.Problem("attendee webhooks are off (set Media:Gateway:WebhookSecret)", statusCode: 404);
        var read = AttendeeWebhook.Read(await WebhookBody.ReadAsync(context).ConfigureAwait(false), WebhookBody.Headers(context), secret, time.GetUtcNow());
        switch (read.Event)
        {
            case null:
                return Results.Problem(read.Refusal, statusCode: read.RefusalStatus);
            case AttendeeEvent.ParticipantNamed named when sessions.Find(named.SessionId) is { } live:
                live.Session.NameGatewayParticipant(named.Key, named.Name, named.IsHost);
                break;
            case AttendeeEvent.BotEnded ended:
                await sessions.EndAsync(ended.SessionId, ended.Reason, context.RequestAborted).ConfigureAwait(false);
                break;
        }
        return Results.Ok(); // not ours, or already over: nothing to do
    }

    /// <summary>Recall.ai's bot status webhooks: when the bot's call ends, the session ends and its post-call runs.</summary>
    private static async Task<IResult> RecallWebhookAsync(HttpContext context, MediaSessions sessions, IOptions<MeetingBotOptions> gateway, TimeProvider time)
    {
        if (gateway.Value.WebhookSecret is not { Length: > 0 } secret) return Results.Problem("Recall.ai webhooks are off (set Media:Gateway:WebhookSecret)", statusCode: 404);
        var read = RecallWebhook.Read(await WebhookBody.ReadAsync(context).ConfigureAwait(false), WebhookBody.Headers(context), secret, time.GetUtcNow());
        if (read.Event is null) return Results.Problem(read.Refusal, statusCode: read.RefusalStatus);
        if (read.Event is RecallWebhookEvent.BotEnded ended) await sessions.EndAsync(ended.SessionId, ended.Reason, context.RequestAborted).ConfigureAwait(false);
        return Results.Ok();
    }

    /// <summary>Writes the refusal and returns true unless the token is good for the session and the request is an upgrade.</summary>
    private static async Task<bool> RefuseAsync(HttpContext context, MediaTokens tokens, string sessionId)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..] : context.Request.Query["token"].ToString();
        if (tokens.Check(token, sessionId) is { } refused)
        {
            await Results.Problem(refused, statusCode: 401).ExecuteAsync(context).ConfigureAwait(false);
            return true;
        }
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await Results.Problem("this endpoint takes a WebSocket upgrade", statusCode: 400).ExecuteAsync(context).ConfigureAwait(false);
            return true;
        }
        return false;
    }

    private static async Task<IResult> CreateAsync(HttpContext context, CreateSessionRequest? request, MediaSessions sessions, MeetingBots bots, IOptions<MediaOptions> options)
    {
        if (options.Value.ApiKey is not { Length: > 0 } key) return Results.Problem("creating sessions over HTTP is off (set Media:ApiKey)", statusCode: 404);
        var presented = context.Request.Headers.Authorization.ToString();
        if (!presented.StartsWith("Bearer ", StringComparison.Ordinal)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented[7..]), Encoding.UTF8.GetBytes(key)))
            return Results.Problem("a valid API key is needed", statusCode: 401);
        if (request?.Participants is not { Count: > 0 } people || people.Any(p => string.IsNullOrWhiteSpace(p.Id)))
            return Results.Problem("give the participants, each with an id (and a name and role)", statusCode: 400);
        var participants = people.Select(p => new Participant(p.Id, p.Name ?? p.Id, ParticipantRoles.Parse(p.Role))).ToArray();
        var setup = new SessionSetup(request.Goal, request.IntervieweeName, request.Company, request.PlannedMinutes, InterviewKinds.Parse(request.Kind));
        var created = await sessions.CreateAsync(setup, participants, context.RequestAborted).ConfigureAwait(false);
        string? botId = null;
        if (request.MeetingUrl is { } meeting)
        {
            try
            {
                botId = await bots.SendAsync(meeting, created.SessionId, created.Token, context.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or OperationCanceledException && !context.RequestAborted.IsCancellationRequested)
            {
                await sessions.EndAsync(created.SessionId, "no meeting bot", context.RequestAborted).ConfigureAwait(false);
                return Results.Problem($"the meeting bot could not be sent: {ex.Message}", statusCode: 502);
            }
        }
        var scheme = context.Request.Scheme == "https" ? "wss" : "ws";
        return Results.Json(new CreateSessionResponse(created.SessionId, $"{scheme}://{context.Request.Host}/api/media/{created.SessionId}", created.Token, created.Expires) { BotId = botId },
            ServerJsonContext.Default.CreateSessionResponse, statusCode: 201);
    }

    private static async Task ConnectAsync(HttpContext context, string sessionId, MediaTokens tokens, MediaSessions sessions, IOptions<MediaOptions> options, ILogger<MediaSessions> logger,
        MediaMetrics metrics)
    {
        if (await RefuseAsync(context, tokens, sessionId).ConfigureAwait(false)) return;
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        await IngestConnection.RunAsync(socket, sessions, sessionId, options.Value, logger, context.RequestAborted, metrics).ConfigureAwait(false);
    }
}

/// <summary>Body of <c>POST /api/sessions</c>.</summary>
internal sealed record CreateSessionRequest(IReadOnlyList<IngestParticipant>? Participants, string? Goal, string? IntervieweeName, string? Company, int? PlannedMinutes, string? Kind,
    Uri? MeetingUrl = null);

/// <summary>Answer of <c>POST /api/sessions</c>: where to stream, and the token to use.</summary>
internal sealed record CreateSessionResponse(string SessionId, string MediaUrl, string Token, DateTimeOffset Expires)
{
    /// <summary>The gateway's bot id when a meeting bot was sent.</summary>
    public string? BotId { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(CreateSessionRequest))]
[JsonSerializable(typeof(CreateSessionResponse))]
internal sealed partial class ServerJsonContext : JsonSerializerContext;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using InterviewBot.Core.Sessions;
using InterviewBot.Media;
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
    public static void Map(WebApplication app)
    {
        app.MapPost("/api/sessions", CreateAsync);
        app.Map("/api/media/{sessionId}", ConnectAsync);
    }

    private static async Task<IResult> CreateAsync(HttpContext context, CreateSessionRequest? request, MediaSessions sessions, IOptions<MediaOptions> options)
    {
        if (options.Value.ApiKey is not { Length: > 0 } key) return Results.Problem("creating sessions over HTTP is off (set Media:ApiKey)", statusCode: 404);
        var presented = context.Request.Headers.Authorization.ToString();
        if (!presented.StartsWith("Bearer ", StringComparison.Ordinal)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented[7..]), Encoding.UTF8.GetBytes(key)))
            return Results.Problem("a valid API key is needed", statusCode: 401);
        if (request?.Participants is not { Count: > 0 } people || people.Any(p => string.IsNullOrWhiteSpace(p.Id)))
            return Results.Problem("give the participants, each with an id (and a name and role)", statusCode: 400);
        var participants = people.Select(p => new Participant(p.Id, p.Name ?? p.Id, p.Role?.ToLowerInvariant() switch
        {
            "interviewer" => ParticipantRole.Interviewer,
            "observer" => ParticipantRole.Observer,
            _ => ParticipantRole.Interviewee,
        })).ToArray();
        var setup = new SessionSetup(request.Goal, request.IntervieweeName, request.Company, request.PlannedMinutes, InterviewKinds.Parse(request.Kind));
        var created = await sessions.CreateAsync(setup, participants, context.RequestAborted).ConfigureAwait(false);
        var scheme = context.Request.Scheme == "https" ? "wss" : "ws";
        return Results.Json(new CreateSessionResponse(created.SessionId, $"{scheme}://{context.Request.Host}/api/media/{created.SessionId}", created.Token, created.Expires),
            ServerJsonContext.Default.CreateSessionResponse, statusCode: 201);
    }

    private static async Task ConnectAsync(HttpContext context, string sessionId, MediaTokens tokens, MediaSessions sessions, IOptions<MediaOptions> options, ILogger<MediaSessions> logger)
    {
        var header = context.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.Ordinal) ? header[7..] : context.Request.Query["token"].ToString();
        if (tokens.Check(token, sessionId) is { } refused)
        {
            await Results.Problem(refused, statusCode: 401).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await Results.Problem("this endpoint takes a WebSocket upgrade", statusCode: 400).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        await IngestConnection.RunAsync(socket, sessions, sessionId, options.Value, logger, context.RequestAborted).ConfigureAwait(false);
    }
}

/// <summary>Body of <c>POST /api/sessions</c>.</summary>
internal sealed record CreateSessionRequest(IReadOnlyList<IngestParticipant>? Participants, string? Goal, string? IntervieweeName, string? Company, int? PlannedMinutes, string? Kind);

/// <summary>Answer of <c>POST /api/sessions</c>: where to stream, and the token to use.</summary>
internal sealed record CreateSessionResponse(string SessionId, string MediaUrl, string Token, DateTimeOffset Expires);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(CreateSessionRequest))]
[JsonSerializable(typeof(CreateSessionResponse))]
internal sealed partial class ServerJsonContext : JsonSerializerContext;

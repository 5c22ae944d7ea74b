using System.Text.Json;
using InterviewBot.Zoom;
using InterviewBot.Zoom.Rtms;
using InterviewBot.Zoom.Webhooks;
using Microsoft.Extensions.Options;

namespace InterviewBot.Server;

/// <summary>
/// <c>POST /api/zoom/webhook</c>: Zoom's signed events. URL validation is answered; <c>meeting.rtms_started</c> opens the
/// stream and its session (in the background: Zoom wants its answer fast); <c>meeting.rtms_stopped</c> ends them.
/// </summary>
internal static class ZoomEndpoints
{
    public static void Map(WebApplication app) => app.MapPost("/api/zoom/webhook", WebhookAsync);

    private static async Task<IResult> WebhookAsync(HttpContext context, IOptions<ZoomOptions> options, ZoomStreams streams, TimeProvider time, IHostApplicationLifetime lifetime)
    {
        if (options.Value.WebhookSecretToken is not { Length: > 0 } secret) return Results.Problem("Zoom webhooks are off (set Zoom:WebhookSecretToken)", statusCode: 404);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var body = buffer.ToArray();
        if (!ZoomWebhook.Verify(body, context.Request.Headers["x-zm-request-timestamp"], context.Request.Headers["x-zm-signature"], secret, time.GetUtcNow()))
            return Results.Problem("the webhook signature is wrong or stale", statusCode: 401);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            return Results.Problem($"the webhook body is not JSON: {ex.Message}", statusCode: 400);
        }
        using (doc)
        {
            var root = doc.RootElement;
            var name = root.TryGetProperty("event", out var e) ? e.GetString() : null;
            var payload = root.TryGetProperty("payload", out var p) ? p : default;
            string? Str(string field) => payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            switch (name)
            {
                case "endpoint.url_validation" when Str("plainToken") is { } plain:
                    var (plainToken, encryptedToken) = ZoomWebhook.Validate(plain, secret);
                    return Results.Json(new Dictionary<string, string> { ["plainToken"] = plainToken, ["encryptedToken"] = encryptedToken });
                case "meeting.rtms_started" when Str("meeting_uuid") is { } meeting && Str("rtms_stream_id") is { } stream && Str("server_urls") is { } url:
                    var start = new RtmsStart(meeting, stream, new Uri(url), Str("operator_id"));
                    var account = Str("account_id") ?? (root.TryGetProperty("account_id", out var a) ? a.GetString() : null);
                    _ = Task.Run(() => streams.StartAsync(start, account, lifetime.ApplicationStopping), CancellationToken.None);
                    return Results.Ok();
                case "meeting.rtms_stopped" or "meeting.rtms_interrupted" when Str("rtms_stream_id") is { } stopped:
                    _ = Task.Run(() => streams.StopAsync(stopped), CancellationToken.None);
                    return Results.Ok();
                default:
                    return Results.Ok();
            }
        }
    }
}

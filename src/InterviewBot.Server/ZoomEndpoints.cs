using InterviewBot.Zoom;
using InterviewBot.Zoom.Rtms;
using InterviewBot.Zoom.Webhooks;
using Microsoft.Extensions.Options;

namespace InterviewBot.Server;

/// <summary>
/// <c>POST /api/zoom/webhook</c>: Zoom's signed events, read by the Zoom adapter. URL validation is answered; a started
/// stream is opened with its session in the background (Zoom wants its answer fast); a stopped one is ended.
/// </summary>
internal static class ZoomEndpoints
{
    public static IEndpointRouteBuilder MapZoom(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/zoom/webhook", WebhookAsync);
        return app;
    }

    private static async Task<IResult> WebhookAsync(HttpContext context, IOptions<ZoomOptions> options, ZoomStreams streams, TimeProvider time, IHostApplicationLifetime lifetime)
    {
        if (options.Value.WebhookSecretToken is not { Length: > 0 } secret) return Results.Problem("Zoom webhooks are off (set Zoom:WebhookSecretToken)", statusCode: 404);
        var body = await WebhookBody.ReadAsync(context).ConfigureAwait(false);
        var read = ZoomWebhook.Read(body, WebhookBody.Headers(context), secret, time.GetUtcNow());
        switch (read.Event)
        {
            case null:
                return Results.Problem(read.Refusal, statusCode: read.RefusalStatus);
            case ZoomEvent.UrlValidation { Answer: var (plainToken, encryptedToken) }:
                return Results.Json(new Dictionary<string, string> { ["plainToken"] = plainToken, ["encryptedToken"] = encryptedToken });
            case ZoomEvent.StreamStarted started:
                _ = Task.Run(() => streams.StartAsync(started.Start, started.AccountId, lifetime.ApplicationStopping), CancellationToken.None);
                return Results.Ok();
            case ZoomEvent.StreamStopped stopped:
                _ = Task.Run(() => streams.StopAsync(stopped.StreamId), CancellationToken.None);
                return Results.Ok();
            default:
                return Results.Ok();
        }
    }
}

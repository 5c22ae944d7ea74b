using System.Text.Json;
using InterviewBot.Teams;
using InterviewBot.Teams.Auth;
using InterviewBot.Teams.Coach;
using InterviewBot.Teams.Protocol;
using Microsoft.Extensions.Options;

namespace InterviewBot.Server;

/// <summary>
/// <c>POST /api/messages</c>: reads the activity, authenticates it before anything else happens, and hands it
/// to the Teams activity router. A bad body is a 400 with the reason; a bad token a 401 (403 for a missing endorsement).
/// </summary>
internal sealed class BotEndpoint(BotTokenValidator validator, ActivityRouter router, IOptions<BotOptions> options, ILogger<BotEndpoint> logger)
{
    private const int MaxBodyBytes = 512 * 1024;

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        if (context.Request.ContentLength > MaxBodyBytes) return Results.Problem($"an activity is at most {MaxBodyBytes / 1024} KB", statusCode: 413);
        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync(context.Request.Body, TeamsJson.Activity, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            return Results.Problem($"the body is not an activity: {ex.Message}", statusCode: 400);
        }
        if (activity is null || string.IsNullOrEmpty(activity.Type))
            return Results.Problem("the body is not an activity: it has no type", statusCode: 400);

        if (!options.Value.DisableAuthenticationForLocalDevelopment)
        {
            var auth = await validator.ValidateAsync(context.Request.Headers.Authorization, activity, cancellationToken).ConfigureAwait(false);
            if (!auth.IsAuthenticated)
            {
                logger.ActivityRefused(auth.Status, auth.Reason ?? "");
                return Results.Problem(auth.Reason, statusCode: auth.Status);
            }
        }

        try
        {
            var response = await router.HandleAsync(activity, cancellationToken).ConfigureAwait(false);
            return response is { Body: { } body } ? Results.Json(body, TeamsJson.Element, statusCode: response.Status) : Results.Ok();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.ActivityFailed(ex, activity.Type);
            return Results.Problem("the activity could not be handled", statusCode: 500);
        }
    }
}

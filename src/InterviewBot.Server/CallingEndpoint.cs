using InterviewBot.Teams.Calling;

namespace InterviewBot.Server;

/// <summary>
/// <c>POST /api/calling</c>: Microsoft Graph's call notifications (state, roster). The token is checked before the body
/// is read; a bad token is a 401, a body that is not a notification a 400; accepted ones are 202.
/// </summary>
internal sealed class CallingEndpoint(CallingTokenValidator validator, MeetingCalls calls, ILogger<CallingEndpoint> logger)
{
    private const int MaxBodyBytes = 256 * 1024;

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var auth = await validator.ValidateAsync(context.Request.Headers.Authorization, cancellationToken).ConfigureAwait(false);
        if (!auth.IsAuthenticated)
        {
            logger.ActivityRefused(auth.Status, auth.Reason ?? "");
            return Results.Problem(auth.Reason, statusCode: auth.Status);
        }
        if (context.Request.ContentLength > MaxBodyBytes) return Results.Problem($"a notification is at most {MaxBodyBytes / 1024} KB", statusCode: 413);
        using var reader = new StreamReader(context.Request.Body);
        var (updates, error) = CallNotifications.Parse(await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
        if (error is not null) return Results.Problem(error, statusCode: 400);
        await calls.HandleAsync(updates, cancellationToken).ConfigureAwait(false);
        return Results.Accepted();
    }
}

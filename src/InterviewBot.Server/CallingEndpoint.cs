using InterviewBot.Teams.Calling;

namespace InterviewBot.Server;

/// <summary>
/// <c>POST /api/calling</c>: Microsoft Graph's call notifications (state, roster, incoming calls). Our token check runs
/// before the body is read — a bad token is a 401 whatever the body — then the body goes to the calling SDK's
/// notification processing (MeetingCalls.Process); a body that is not a notification is a 400, accepted ones are 202.
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
        var body = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        var tenant = auth.Identity?.FindFirst("tid")?.Value;
        var requestId = Guid.TryParse(context.Request.Headers["Client-Request-Id"], out var id) ? id : Guid.NewGuid();
        var outcome = calls.Process(body, tenant, requestId);
        return outcome.Status == 202 ? Results.Accepted() : outcome.Error is null ? Results.StatusCode(outcome.Status) : Results.Problem(outcome.Error, statusCode: outcome.Status);
    }
}

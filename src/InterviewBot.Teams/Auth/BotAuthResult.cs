using System.Security.Claims;

namespace InterviewBot.Teams.Auth;

/// <summary>Whether an inbound activity may be processed: its identity, or the HTTP status and reason to refuse it.</summary>
public sealed record BotAuthResult(bool IsAuthenticated, int Status, string? Reason, ClaimsIdentity? Identity)
{
    public static BotAuthResult Success(ClaimsIdentity? identity) => new(true, 200, null, identity);

    public static BotAuthResult Unauthorized(string reason) => new(false, 401, reason, null);

    public static BotAuthResult Forbidden(string reason) => new(false, 403, reason, null);
}

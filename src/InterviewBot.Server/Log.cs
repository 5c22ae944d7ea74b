namespace InterviewBot.Server;

/// <summary>The server's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "Bot:DisableAuthenticationForLocalDevelopment is on: activities are accepted WITHOUT a token. Never run like this outside local development.")]
    public static partial void AuthenticationDisabled(this ILogger logger);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Refused an activity with {Status}: {Reason}")]
    public static partial void ActivityRefused(this ILogger logger, int status, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "Handling a {Type} activity failed")]
    public static partial void ActivityFailed(this ILogger logger, Exception exception, string? type);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message = "Wrote the post-call of {Count} sessions that ended before the last restart without one")]
    public static partial void PostCallsRecovered(this ILogger logger, int count);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Error, Message = "Looking for sessions whose post-call was interrupted failed")]
    public static partial void PostCallRecoveryFailed(this ILogger logger, Exception error);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Error, Message = "Looking for due scheduled joins failed")]
    public static partial void ScheduledJoinsFailed(this ILogger logger, Exception error);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Warning, Message = "Post-call of {SessionId} failed; it will be tried again unless that was the last attempt")]
    public static partial void PostCallAttemptFailed(this ILogger logger, string sessionId, Exception error);
}

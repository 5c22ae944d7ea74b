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
}

using Microsoft.Extensions.Logging;

namespace InterviewBot.Cluster;

/// <summary>The cluster adapter's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Session grain {SessionId} activated on {Silo} from {Events} journaled events")]
    public static partial void SessionActivated(this ILogger logger, string sessionId, string silo, long events);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Post-call of {SessionId} failed (attempt {Attempt}); its reminder tries again")]
    public static partial void PostCallAttemptFailed(this ILogger logger, string sessionId, int attempt, Exception error);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Error, Message = "Post-call of {SessionId} FAILED for good after {Attempts} attempts: {Reason}")]
    public static partial void PostCallFailed(this ILogger logger, string sessionId, int attempts, string reason);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Appending to session {SessionId} failed (attempt {Attempt}); retrying while its grain moves")]
    public static partial void AppendRetry(this ILogger logger, string sessionId, int attempt, Exception error);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Error, Message = "Session grain {SessionId} journaled a {Event} it could not apply")]
    public static partial void ApplyFailed(this ILogger logger, string sessionId, string @event, Exception error);
}

using Microsoft.Extensions.Logging;

namespace InterviewBot.Azure.Storage;

/// <summary>The storage adapters' log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "Journal storage failed for {SessionId}; buffering its events in memory until it returns")]
    public static partial void JournalBuffering(this ILogger logger, string sessionId, Exception error);

    [LoggerMessage(EventId = 21, Level = LogLevel.Information, Message = "Journal storage is back for {SessionId}: {Events} buffered events written")]
    public static partial void JournalFlushed(this ILogger logger, string sessionId, int events);

    [LoggerMessage(EventId = 22, Level = LogLevel.Critical, Message = "Journal of {SessionId} is INCOMPLETE: storage was down longer than the buffer of {Limit} events allows; its journal stops at {At} and the session goes on from memory only")]
    public static partial void JournalOverflowed(this ILogger logger, string sessionId, int limit, TimeSpan at);
}

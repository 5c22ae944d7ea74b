using Microsoft.Extensions.Logging;

namespace InterviewBot.Zoom;

/// <summary>The Zoom adapter's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "RTMS stream {StreamId} is streaming audio")]
    public static partial void RtmsStreaming(this ILogger logger, string streamId);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "RTMS stream {StreamId} dropped: {Reason}")]
    public static partial void RtmsDropped(this ILogger logger, string streamId, string reason);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "RTMS stream {StreamId}: reconnect {Attempt}")]
    public static partial void RtmsReconnecting(this ILogger logger, string streamId, int attempt);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Could not post a nudge to Zoom Team Chat: {Error}")]
    public static partial void ChatFailed(this ILogger logger, string error);
}

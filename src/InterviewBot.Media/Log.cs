using Microsoft.Extensions.Logging;

namespace InterviewBot.Media;

/// <summary>The media doors' log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Media session {SessionId} started")]
    public static partial void MediaSessionStarted(this ILogger logger, string sessionId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Media session {SessionId} ended ({Reason}): {Nudges} nudges, {LateSamples} late samples dropped")]
    public static partial void MediaSessionEnded(this ILogger logger, string sessionId, string reason, int nudges, long lateSamples);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Media connection for {SessionId} closed: {Reason}")]
    public static partial void ConnectionClosed(this ILogger logger, string sessionId, string reason);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Media session {SessionId} resumed from its journal at {HeardSeconds} s ({Events} events)")]
    public static partial void MediaSessionResumed(this ILogger logger, string sessionId, double heardSeconds, int events);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Error, Message = "Post-call of {SessionId} failed after {Attempts} attempts: {Reason}")]
    public static partial void PostCallFailed(this ILogger logger, string sessionId, int attempts, string? reason);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Media session {SessionId} could not end on this node (taken over elsewhere, or its journal failed); dropped here")]
    public static partial void MediaSessionLost(this ILogger logger, string sessionId, Exception error);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Warning, Message = "Media session {SessionId} fell behind: {DroppedMs} ms of its oldest held audio dropped (Media:HeldAudio)")]
    public static partial void HeldAudioDropped(this ILogger logger, string sessionId, double droppedMs);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Warning, Message = "Session {SessionId}: its {Kind} sink (version {Version}) was not built: {Reason}; its nudges still reach the socket feed and the other sinks")]
    public static partial void SinkNotBuilt(this ILogger logger, string sessionId, string kind, int version, string reason);
}

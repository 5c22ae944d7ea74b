using Microsoft.Extensions.Logging;

namespace InterviewBot.Teams;

/// <summary>The Teams adapter's log messages, source-generated so a disabled level costs nothing.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Refused an activity: {Reason}")]
    public static partial void ActivityRefused(this ILogger logger, string reason);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "The issuer's signing keys could not be read; activities are refused until they can")]
    public static partial void SigningKeysUnavailable(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Could not deliver to Teams ({What}): {Error}")]
    public static partial void DeliveryFailed(this ILogger logger, string what, string error);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Session {SessionId} {What}")]
    public static partial void SessionLifecycle(this ILogger logger, string sessionId, string what);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Session {SessionId} ended ({Reason}) with {Nudges} nudges")]
    public static partial void SessionEnded(this ILogger logger, string sessionId, string reason, int nudges);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Session {SessionId} failed: {Error}")]
    public static partial void SessionFailed(this ILogger logger, string sessionId, string error);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "Scheduled join {Number} ({Key}) sent: joined {Joined}; {Outcome}")]
    public static partial void JoinDispatched(this ILogger logger, int number, string key, bool joined, string outcome);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Information, Message = "Meeting {MeetingKey}: call {CallId} {Change}")]
    public static partial void CallChanged(this ILogger logger, string meetingKey, string callId, string change);

    [LoggerMessage(EventId = 3010, Message = "Calling SDK ({Component}): {Message}")]
    public static partial void CallingSdkSaid(this ILogger logger, LogLevel level, string component, string message);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Warning, Message = "Themes: session {SessionId} left out ({Reason})")]
    public static partial void ThemesSkipped(this ILogger logger, string sessionId, string reason);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Information, Message = "Themes: {Interviews} interviews of the last {Days} days synthesised into {SynthesisId} ({Themes} themes)")]
    public static partial void ThemesWritten(this ILogger logger, int interviews, int days, string synthesisId, int themes);
}

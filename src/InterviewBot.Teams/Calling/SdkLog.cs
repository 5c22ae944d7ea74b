using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Communications.Common.Telemetry;

namespace InterviewBot.Teams.Calling;

/// <summary>
/// The calling SDK's own log (its GraphLogger) into ours: its warnings and errors — failed notifications, failed requests,
/// notifications for no known call — which it otherwise keeps to itself.
/// </summary>
internal sealed class SdkLog(ILogger logger) : IObserver<LogEvent>
{
    public void OnNext(LogEvent value)
    {
        if (value is null) return;
        var level = value.Level switch
        {
            TraceLevel.Error => LogLevel.Error,
            TraceLevel.Warning => LogLevel.Warning,
            _ => LogLevel.Debug,
        };
        if (logger.IsEnabled(level)) logger.CallingSdkSaid(level, value.Component ?? "sdk", value.Message ?? "");
    }

    public void OnError(Exception error) { }

    public void OnCompleted() { }
}

using Microsoft.Extensions.Logging;

namespace InterviewBot.Cli.Output;

/// <summary>Logs as plain "level: message" lines to the CLI's error writer, so warnings sit beside the CLI's own errors.</summary>
internal sealed class TextWriterLoggerProvider(TextWriter writer) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(writer);

    public void Dispose()
    {
    }

    private sealed class Logger(TextWriter writer) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var level = logLevel switch
            {
                LogLevel.Critical or LogLevel.Error => "error",
                LogLevel.Warning => "warning",
                _ => "info",
            };
            lock (writer) writer.WriteLine($"{level}: {formatter(state, exception)}");
        }
    }
}

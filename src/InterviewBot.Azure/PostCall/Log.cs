using Microsoft.Extensions.Logging;

namespace InterviewBot.Azure.PostCall;

/// <summary>What the LLM writer logs: every fallback says which field and why.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "LLM post-call request {Part}/{Parts} failed ({Reason}); using the embedded writer's text for it")]
    public static partial void RequestFailed(ILogger logger, int part, int parts, string reason, Exception? exception);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "LLM returned a quote that is not in the transcript, dropped: \"{Quote}\"")]
    public static partial void QuoteNotGrounded(ILogger logger, string quote);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "Post-call field {Field} falls back to the embedded writer")]
    public static partial void FieldFellBack(ILogger logger, string field);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "LLM answer for part {Part}/{Parts} is not the JSON asked for: {Reason}")]
    public static partial void MalformedAnswer(ILogger logger, int part, int parts, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "LLM summary line names something the interviewee never said ({Untraceable}), dropped: \"{Line}\"")]
    public static partial void SummaryNotTraceable(ILogger logger, string line, string untraceable);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "LLM theme name not used ({Reason}); the theme keeps its embedded name \"{Name}\"")]
    public static partial void ThemeNameFellBack(ILogger logger, string name, string reason);

    [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "LLM theme quote is not one of its groups' verbatim quotes, dropped: \"{Quote}\"")]
    public static partial void ThemeQuoteNotGrounded(ILogger logger, string quote);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "LLM synthesis request failed ({Reason}); keeping the embedded synthesis")]
    public static partial void SynthesisRequestFailed(ILogger logger, string reason, Exception? exception);
}

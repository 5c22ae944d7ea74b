using InterviewBot.Core.Coaching;
using InterviewBot.Core.Ports;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Zoom.Chat;

/// <summary>Nudges as Zoom Team Chat messages from the app's chatbot to the host alone.</summary>
internal sealed class ZoomChatNudgeSink(ZoomApi api, string toJid, string? accountId, ILogger logger) : INudgeSink
{
    public async ValueTask DeliverAsync(string sessionId, Nudge nudge, CancellationToken cancellationToken)
    {
        var body = (nudge.Quote.Length > 0 ? $"“{nudge.Quote}” " : "") + $"{nudge.Message} Try: {nudge.Suggestion}";
        try
        {
            await api.SendChatAsync(toJid, accountId, $"Coach: {nudge.Kind.Replace('_', ' ')}", body, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.ChatFailed(ex.Message);
        }
    }
}

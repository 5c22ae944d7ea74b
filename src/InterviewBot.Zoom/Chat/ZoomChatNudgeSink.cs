using System.Collections.Concurrent;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Live;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Zoom.Chat;

/// <summary>
/// Nudges as Zoom Team Chat messages from the app's chatbot to the host alone; a repeat inside its same-kind window
/// edits the message already sent (docs/coaching.md §2) rather than adding one. Each message id goes into its notes
/// (the session's journal), so a sink rebuilt on another server edits the same message.
/// </summary>
internal sealed class ZoomChatNudgeSink(ZoomApi api, string toJid, string? accountId, ILogger logger, SinkNotes notes) : INudgeSink
{
    // Zoom's message id of each card sent, by the session's nudge id.
    private readonly ConcurrentDictionary<int, string> _sent = new(notes.Nudges().Select(n => KeyValuePair.Create(n.NudgeId, n.Reference)));

    public async ValueTask DeliverAsync(string sessionId, Nudge nudge, CancellationToken cancellationToken)
    {
        var head = $"Coach: {nudge.Kind.Replace('_', ' ')}" + (nudge.Count > 1 ? $" ({nudge.Count} times)" : "");
        var body = (nudge.Quote.Length > 0 ? $"“{nudge.Quote}” " : "") + $"{nudge.Message} Try: {nudge.Suggestion}";
        try
        {
            if (nudge.Updates is { } updates && _sent.TryGetValue(updates, out var messageId))
            {
                await api.EditChatAsync(messageId, toJid, accountId, head, body, cancellationToken).ConfigureAwait(false);
                _sent[nudge.Id] = messageId;
            }
            else if (await api.SendChatAsync(toJid, accountId, head, body, cancellationToken).ConfigureAwait(false) is { } sent)
            {
                _sent[nudge.Id] = sent;
                await notes.NoteAsync(nudge.At, SinkPosted.NudgeItem(nudge.Id), sent, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.ChatFailed(ex.Message);
        }
    }
}

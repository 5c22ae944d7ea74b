using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Live;
using InterviewBot.Teams.Cards;
using InterviewBot.Teams.Connector;
using InterviewBot.Teams.Protocol;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Teams.Meetings;

/// <summary>
/// Delivers each nudge as a card in the interviewer's 1:1 chat and, when the deployment enables it, as a
/// targeted in-meeting notification that only the interviewer sees. Each card's activity id goes into its notes (the
/// session's journal), so a repeat updates the card in place even when this sink was rebuilt on another server.
/// </summary>
public sealed class TeamsNudgeSink(CoachedMeeting meeting, InterviewerChannel channel, ConnectorClient connector, CoachOptions options, ILogger logger,
    SinkNotes notes) : INudgeSink
{
    // The activity and card number of each card sent, by the session's nudge id, so a repeat can replace it in place;
    // a card's number is its nudge's id, the same on every server.
    private readonly ConcurrentDictionary<int, (string ActivityId, int Number)> _sent = new(notes.Nudges().Select(n => KeyValuePair.Create(n.NudgeId, (n.Reference, n.NudgeId))));

    public async ValueTask DeliverAsync(string sessionId, Nudge nudge, CancellationToken cancellationToken)
    {
        if (nudge.Updates is { } updates && _sent.TryGetValue(updates, out var shown))
        {
            await UpdateAsync(nudge, updates, shown, cancellationToken).ConfigureAwait(false);
            return;
        }
        var number = nudge.Id;
        var sent = await channel.SendAsync(meeting, CardActivity(nudge, number), $"nudge {nudge.Kind}", cancellationToken).ConfigureAwait(false);
        if (sent is not null)
        {
            _sent[nudge.Id] = (sent, number);
            await notes.NoteAsync(nudge.At, SinkPosted.NudgeItem(nudge.Id), sent, cancellationToken).ConfigureAwait(false);
        }
        var page = options.InMeetingNotificationPage ?? (options.PublicBaseUrl is { } site ? new Uri(site, "teams/stage") : null);
        if (options.InMeetingNotifications && page is not null && meeting.MeetingId is { } meetingId && meeting.Interviewer.AadObjectId is { } aad)
            await NotifyInMeetingAsync(meetingId, aad, nudge, page, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces the card already shown (the connector's update activity); the policy decided it is not worth a new card.</summary>
    private async Task UpdateAsync(Nudge nudge, int updates, (string ActivityId, int Number) shown, CancellationToken cancellationToken)
    {
        // Later repeats name the first card too, so the map keeps pointing at the one activity on screen.
        if (await channel.UpdateAsync(meeting, shown.ActivityId, CardActivity(nudge, shown.Number) with { Id = shown.ActivityId }, $"nudge {nudge.Kind} update", cancellationToken).ConfigureAwait(false))
            _sent[nudge.Id] = shown;
        else
            logger.DeliveryFailed($"update of nudge {updates}", "the card stays as it was");
    }

    private Activity CardActivity(Nudge nudge, int number) =>
        Activity.Card(CoachCards.Nudge(meeting.ChatId, nudge, number).ToJson(), $"{CoachCards.Title(nudge.Kind)}: {nudge.Suggestion}")
            with { ChannelData = new TeamsChannelData { Notification = new NotificationInfo(true) } };

    private async Task NotifyInMeetingAsync(string meetingId, string aadObjectId, Nudge nudge, Uri page, CancellationToken cancellationToken)
    {
        var notification = new JsonObject
        {
            ["type"] = "targetedMeetingNotification",
            ["value"] = new JsonObject
            {
                ["recipients"] = new JsonArray(aadObjectId),
                ["surfaces"] = new JsonArray(new JsonObject
                {
                    ["surface"] = "meetingStage",
                    ["contentType"] = "task",
                    ["content"] = new JsonObject
                    {
                        ["value"] = new JsonObject
                        {
                            ["height"] = "240",
                            ["width"] = "400",
                            ["title"] = CoachCards.Title(nudge.Kind),
                            ["url"] = new Uri(page, $"?nudge={Uri.EscapeDataString(nudge.Kind)}").ToString(),
                        },
                    },
                }),
            },
        };
        try
        {
            await connector.SendMeetingNotificationAsync(meeting.ServiceUrl, meetingId, JsonSerializer.SerializeToElement(notification, TeamsJsonContext.Default.JsonNode), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            // Tenants may turn these off; the 1:1 card already carries the nudge.
            logger.DeliveryFailed("in-meeting notification", ex.Message);
        }
    }
}

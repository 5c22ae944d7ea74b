using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Ports;
using InterviewBot.Teams.Cards;
using InterviewBot.Teams.Connector;
using InterviewBot.Teams.Protocol;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Teams.Meetings;

/// <summary>
/// Delivers each nudge as a card in the interviewer's 1:1 chat and, when the deployment enables it, as a
/// targeted in-meeting notification that only the interviewer sees.
/// </summary>
public sealed class TeamsNudgeSink(CoachedMeeting meeting, InterviewerChannel channel, ConnectorClient connector, CoachOptions options, ILogger logger) : INudgeSink
{
    private int _count;

    public async ValueTask DeliverAsync(string sessionId, Nudge nudge, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _count);
        var card = CoachCards.Nudge(meeting.ChatId, nudge, number).ToJson();
        var activity = Activity.Card(card, $"{CoachCards.Title(nudge.Kind)}: {nudge.Suggestion}") with { ChannelData = new TeamsChannelData { Notification = new NotificationInfo(true) } };
        await channel.SendAsync(meeting, activity, $"nudge {nudge.Kind}", cancellationToken).ConfigureAwait(false);
        var page = options.InMeetingNotificationPage ?? (options.PublicBaseUrl is { } site ? new Uri(site, "teams/stage") : null);
        if (options.InMeetingNotifications && page is not null && meeting.MeetingId is { } meetingId && meeting.Interviewer.AadObjectId is { } aad)
            await NotifyInMeetingAsync(meetingId, aad, nudge, page, cancellationToken).ConfigureAwait(false);
    }

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

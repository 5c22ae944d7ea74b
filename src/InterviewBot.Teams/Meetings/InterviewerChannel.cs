using InterviewBot.Teams.Connector;
using InterviewBot.Teams.Protocol;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Teams.Meetings;

/// <summary>
/// The only way the coach talks to people during and after a meeting: the interviewer's private 1:1 chat.
/// Nothing here can address the meeting chat or anyone else, which is how nudges and artefacts stay private.
/// A failed delivery is logged and reported as null, never thrown into the session that raised it.
/// </summary>
public sealed class InterviewerChannel(ConnectorClient connector, ILogger<InterviewerChannel> logger)
{
    /// <summary>Opens (or finds) the 1:1 chat with the interviewer.</summary>
    public async Task<string> OpenAsync(CoachedMeeting meeting, ChannelAccount bot, CancellationToken cancellationToken)
    {
        if (meeting.PersonalChatId is { } known) return known;
        var parameters = new ConversationParameters(bot, [meeting.Interviewer], IsGroup: false, meeting.TenantId)
        {
            ChannelData = meeting.TenantId is { } t ? new TeamsChannelData { Tenant = new TenantInfo(t) } : null,
        };
        var created = await connector.CreateConversationAsync(meeting.ServiceUrl, parameters, cancellationToken).ConfigureAwait(false);
        meeting.PersonalChatId = created.Id;
        return created.Id;
    }

    public async Task<string?> SendAsync(CoachedMeeting meeting, Activity activity, string what, CancellationToken cancellationToken)
    {
        if (meeting.PersonalChatId is not { } chat) return null;
        try
        {
            return (await connector.SendAsync(meeting.ServiceUrl, chat, activity, cancellationToken).ConfigureAwait(false)).Id;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            logger.DeliveryFailed(what, ex.Message);
            return null;
        }
    }

    public async Task<bool> UpdateAsync(CoachedMeeting meeting, string activityId, Activity activity, string what, CancellationToken cancellationToken)
    {
        if (meeting.PersonalChatId is not { } chat) return false;
        try
        {
            await connector.UpdateAsync(meeting.ServiceUrl, chat, activityId, activity, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException)
        {
            logger.DeliveryFailed(what, ex.Message);
            return false;
        }
    }
}

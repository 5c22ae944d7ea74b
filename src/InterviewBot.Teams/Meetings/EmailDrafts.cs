using InterviewBot.Teams.Connector;
using InterviewBot.Teams.Graph;
using InterviewBot.Teams.Protocol;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Teams.Meetings;

/// <summary>
/// The summary card's "save email as Outlook draft": the thank-you email goes to the interviewer's Drafts folder through
/// Microsoft Graph — addressed to the interviewee when the meeting's attendees give their address — and is never sent.
/// Without the permission, the interviewer is told how to enable it and gets the email in the chat instead.
/// </summary>
public sealed class EmailDrafts(MeetingGraph graph, InterviewerChannel channel, ILogger<EmailDrafts> logger)
{
    /// <summary>Saves the meeting's latest thank-you email as a draft; returns what to tell the interviewer.</summary>
    public async Task<string> SaveAsync(CoachedMeeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.LastEmail is not { } email) return "I no longer have that email: it is in email.md with the report.";
        if (meeting.Interviewer.AadObjectId is not { } mailbox) return "I don't know your Microsoft 365 account, so I can't reach your mailbox.";
        try
        {
            var to = await AddressAsync(meeting, email.To, cancellationToken).ConfigureAwait(false);
            await graph.CreateDraftAsync(mailbox, email.Subject, email.Body, to, email.To, cancellationToken).ConfigureAwait(false);
            return to is null
                ? $"📧 Saved in your Outlook Drafts (not sent). I couldn't find {email.To}'s address among the meeting's attendees, so add it before sending."
                : $"📧 Saved in your Outlook Drafts, addressed to {email.To} <{to}>. It is not sent: review it and send it yourself.";
        }
        catch (ConnectorException ex) when (ex.Status is 401 or 403)
        {
            await channel.SendAsync(meeting, Activity.Message($"**To:** {email.To}  \n**Subject:** {email.Subject}\n\n{email.Body}"), "email in chat", cancellationToken).ConfigureAwait(false);
            return "I'm not allowed to write to your mailbox, so the email is in this chat instead. To enable drafts, your admin grants the app " +
                "**Mail.ReadWrite** (limited to interviewers' mailboxes with an application access policy).";
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.DeliveryFailed("email draft", ex.Message);
            return $"I couldn't save the draft ({ex.Message}). Try the button again in a minute.";
        }
    }

    /// <summary>The interviewee's address from the meeting's attendees, when Graph knows the meeting; null otherwise.</summary>
    private async Task<string?> AddressAsync(CoachedMeeting meeting, string name, CancellationToken cancellationToken)
    {
        if (meeting.GraphMeetingId is not { } meetingId || (meeting.OrganizerId ?? meeting.Interviewer.AadObjectId) is not { } organizer) return null;
        try
        {
            return await graph.AttendeeAddressAsync(organizer, meetingId, name, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex) when (ex.Status is 403 or 404)
        {
            return null; // the draft is still useful without a recipient
        }
    }
}

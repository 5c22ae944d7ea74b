using System.Security.Cryptography;
using System.Text;
using InterviewBot.Teams.Connector;
using InterviewBot.Teams.Graph;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Protocol;
using InterviewBot.Teams.Scheduling;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Teams.Coach;

/// <summary>
/// Scheduled joins as the interviewer sees them: a meeting installed with a future start is scheduled from its
/// details; <c>schedule &lt;link&gt; [start]</c>, <c>upcoming</c> and <c>cancel N</c> in the 1:1 chat.
/// </summary>
public sealed class ScheduleCommands(MeetingScheduler scheduler, ConnectorClient connector, MeetingGraph graph, InterviewerChannel channel, Replies replies,
    ILogger<ScheduleCommands> logger)
{
    /// <summary>Reads a newly installed meeting's details and schedules the coach's join for its start (a meeting without a future start is not scheduled).</summary>
    public async Task ScheduleFromDetailsAsync(CoachedMeeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (meeting.MeetingId is not { } meetingId) return;
        MeetingDetailsResponse? found;
        try
        {
            found = await connector.GetMeetingAsync(meeting.ServiceUrl, meetingId, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex)
        {
            logger.DeliveryFailed("meeting details", ex.Message);
            return;
        }
        if (found?.Details is not { ScheduledStartTime: { } start, JoinUrl: { } joinUrl } details) return;
        meeting.JoinUrl ??= joinUrl;
        meeting.OrganizerId = found.Organizer?.AadObjectId;
        meeting.GraphMeetingId = details.MsGraphResourceId;
        var join = await scheduler.ScheduleAsync(meeting.ChatId, meeting.ServiceUrl, meeting.PersonalChatId, meetingId, joinUrl, details.Title, start,
            details.ScheduledEndTime, cancellationToken, meeting.Interviewer).ConfigureAwait(false);
        if (join is not null)
            await channel.SendAsync(meeting, Activity.Message(
                $"📅 I'll join **{MeetingScheduler.Name(join)}** at {MeetingScheduler.At(join.Start)} (join #{join.Number}). Type **upcoming** to see my joins, **cancel {join.Number}** to drop this one."),
                "schedule", cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>upcoming</c>: the joins scheduled from this chat.</summary>
    public async Task UpcomingAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var upcoming = await scheduler.UpcomingAsync(activity.Conversation!.Id, cancellationToken).ConfigureAwait(false);
        await replies.TextAsync(activity, upcoming.Count == 0
            ? "No joins scheduled. Add me to a meeting chat, or paste a link: `schedule <meeting link> <start, e.g. 2026-12-01T14:30Z>`."
            : "My scheduled joins:\n\n" + string.Join("\n", upcoming.Select(j => $"- **#{j.Number}** {MeetingScheduler.Name(j)}, {MeetingScheduler.At(j.Start)}")),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>cancel N</c>: drops a join scheduled from this chat.</summary>
    public async Task CancelAsync(Activity activity, CoachAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(action);
        var cancelled = action.Number() is { } number ? await scheduler.CancelAsync(number, activity.Conversation!.Id, cancellationToken).ConfigureAwait(false) : null;
        await replies.TextAsync(activity, cancelled is null
            ? "Which join? Type **upcoming** for their numbers, then e.g. `cancel 2`."
            : $"Cancelled join #{cancelled.Number}: I won't join **{MeetingScheduler.Name(cancelled)}**.", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>schedule &lt;link&gt; [start]</c>: a join for a meeting the coach is not in. A Teams link's start, end and subject
    /// come from Microsoft Graph (the organizer named in the link, else the interviewer); any other link needs its start.
    /// </summary>
    public async Task ScheduleLinkAsync(Activity activity, CoachAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(action);
        var link = action.MeetingLink();
        var start = action.StartTime();
        DateTimeOffset? end = null;
        var title = link?.Host;
        if (link is not null && start is null && action.Argument?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 1
            && await LookUpTeamsMeetingAsync(link, activity.From!.AadObjectId, cancellationToken).ConfigureAwait(false) is { } found)
            (start, end, title) = found;
        if (link is null || start is null)
        {
            await replies.TextAsync(activity, "Paste the meeting link and its start (ISO 8601 with a zone), e.g. `schedule https://teams.microsoft.com/l/meetup-join/… 2026-12-01T14:30Z`.",
                cancellationToken).ConfigureAwait(false);
            return;
        }
        var key = "link:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(link.AbsoluteUri)))[..16].ToLowerInvariant();
        var join = await scheduler.ScheduleAsync(key, activity.ServiceUrl!, activity.Conversation!.Id, null, link, title, start.Value, end, cancellationToken,
            activity.From).ConfigureAwait(false);
        await replies.TextAsync(activity, join is null
            ? "That start has already passed."
            : $"📅 I'll join **{MeetingScheduler.Name(join)}** at {MeetingScheduler.At(join.Start)} (join #{join.Number}). **cancel {join.Number}** drops it.", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A Teams meeting's start, end and subject from Graph; null when it cannot be found or read.</summary>
    private async Task<(DateTimeOffset?, DateTimeOffset?, string?)?> LookUpTeamsMeetingAsync(Uri link, string? interviewerAad, CancellationToken cancellationToken)
    {
        if (TeamsJoinUrl.Parse(link) is not { } teams || (teams.OrganizerId ?? interviewerAad) is not { } organizer) return null;
        try
        {
            return await graph.FindMeetingAsync(organizer, link, cancellationToken).ConfigureAwait(false) is { StartDateTime: { } start } found
                ? (start, found.EndDateTime, found.Subject)
                : null;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            logger.DeliveryFailed("meeting lookup", ex.Message);
            return null;
        }
    }
}

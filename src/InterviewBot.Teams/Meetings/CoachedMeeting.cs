using InterviewBot.Core.Sessions;
using InterviewBot.Teams.Cards;
using InterviewBot.Teams.Protocol;

namespace InterviewBot.Teams.Meetings;

/// <summary>
/// One meeting chat the coach was installed in: who the interviewer is, where their private 1:1 chat is, the
/// setup, and the live session while the meeting runs. Changes go through <see cref="Gate"/>.
/// </summary>
public sealed class CoachedMeeting(string chatId, string serviceUrl, string? tenantId, ChannelAccount interviewer) : IDisposable
{
    public string ChatId { get; } = chatId;
    public string ServiceUrl { get; set; } = serviceUrl;
    public string? TenantId { get; } = tenantId;
    public ChannelAccount Interviewer { get; } = interviewer;
    public string? PersonalChatId { get; set; }
    public string? MeetingId { get; set; }

    /// <summary>The organizer's Entra object id (from the meeting details): whose meeting the transcript is read from.</summary>
    public string? OrganizerId { get; set; }

    /// <summary>The meeting's id in Microsoft Graph (the details' <c>msGraphResourceId</c>), for its transcript.</summary>
    public string? GraphMeetingId { get; set; }

    /// <summary>The meeting's join URL (from meetingStart), for a meeting bot.</summary>
    public Uri? JoinUrl { get; set; }
    public SessionSetup Setup { get; set; } = SessionSetup.Empty;

    /// <summary>The thank-you email of the latest summary, for its "save as Outlook draft" button.</summary>
    public InterviewBot.Core.PostCall.Email.ThankYouEmail? LastEmail { get; set; }
    public LiveMeeting? Live { get; set; }

    /// <summary>The status card's latest reading, for the <c>status</c> command (read from another thread, so replaced whole).</summary>
    public LiveStatus? LatestStatus { get => Volatile.Read(ref _latestStatus); set => Volatile.Write(ref _latestStatus, value); }

    private LiveStatus? _latestStatus;
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public void Dispose() => Gate.Dispose();
}

using System.Text.Json;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Live;
using InterviewBot.Teams.Cards;
using InterviewBot.Teams.Connector;
using InterviewBot.Teams.Graph;
using InterviewBot.Teams.MediaDoors;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewBot.Teams.Coach;

/// <summary>
/// A coached meeting from install to summary: the greeting and the private setup card at install; the session at
/// meetingStart (its audio through the configured media door); at meetingEnd the session ends and the summary — or,
/// when nothing was heard live, the transcript fallback — goes to the interviewer alone.
/// </summary>
public sealed class MeetingLifecycle(MeetingRegistry meetings, ConnectorClient connector, InterviewerChannel channel, PostCallPublisher publisher, IMediaDoor door,
    ISessionJournal journal, TeamsChatSinks chatSinks, TranscriptFallback fallback, IOptions<GraphOptions> graph, TimeProvider time, Replies replies,
    ILogger<MeetingLifecycle> logger)
{
    /// <summary>Who the session calls the interviewee until the meeting says otherwise.</summary>
    public const string IntervieweeId = "interviewee";

    /// <summary>Installed: greets a meeting chat once and asks the installer privately for the setup; the meeting when it was new here, else null.</summary>
    public async Task<CoachedMeeting?> OnInstalledAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = activity.Conversation!;
        if (conversation.ConversationType == "personal")
        {
            // Teams announces a personal install twice (installationUpdate and conversationUpdate): greet on one.
            if (activity.Type == ActivityTypes.ConversationUpdate)
                await replies.TextAsync(activity, "Hi! I'm your interview coach. Add me to a meeting chat and I'll coach you privately during the call.\n\n" + CoachAction.HelpText,
                    cancellationToken).ConfigureAwait(false);
            return null;
        }
        var tenant = activity.ChannelData?.Tenant?.Id ?? conversation.TenantId;
        var installer = await NamedAsync(activity.ServiceUrl!, conversation.Id, activity.From!, cancellationToken).ConfigureAwait(false);
        var meeting = meetings.GetOrAdd(conversation.Id, () => new CoachedMeeting(conversation.Id, activity.ServiceUrl!, tenant, installer));
        await meeting.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Teams sends both installationUpdate and conversationUpdate for one install: greet once.
            if (meeting.PersonalChatId is not null) return null;
            var who = meeting.Interviewer.Name ?? "the interviewer";
            await connector.SendAsync(meeting.ServiceUrl, meeting.ChatId, Activity.Message(
                $"👋 I'm InterviewBot, an interview coach. I'm here for {who}: during the call I suggest better questions " +
                $"and remind them to listen. **Only {who} sees my nudges**; nobody else in this meeting receives anything from me. " +
                "After the call I write them a summary."), cancellationToken).ConfigureAwait(false);
            var personal = await channel.OpenAsync(meeting, activity.Recipient ?? new ChannelAccount("bot"), cancellationToken).ConfigureAwait(false);
            meetings.LinkPersonalChat(meeting, personal);
            await channel.SendAsync(meeting, Activity.Card(CoachCards.Setup(meeting.ChatId, meeting.Setup).ToJson(), "Set up your interview coach"), "setup card", cancellationToken)
                .ConfigureAwait(false);
            meeting.MeetingId ??= activity.ChannelData?.Meeting?.Id;
            return meeting;
        }
        finally
        {
            meeting.Gate.Release();
        }
    }

    /// <summary>meetingStart in a chat the coach is installed in: the session starts, then the door has its say.</summary>
    public async Task OnMeetingStartAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (meetings.Find(activity.Conversation!.Id) is not { } meeting) return; // not installed here: nothing to coach
        meeting.ServiceUrl = activity.ServiceUrl!;
        meeting.MeetingId = activity.ChannelData?.Meeting?.Id ?? ValueString(activity.Value, "Id") ?? meeting.MeetingId;
        if (Uri.TryCreate(ValueString(activity.Value, "JoinUrl"), UriKind.Absolute, out var join)) meeting.JoinUrl = join;
        await StartSessionAsync(meeting, cancellationToken).ConfigureAwait(false);
        await door.OnMeetingStartedAsync(meeting, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>meetingEnd: the meeting's join URL is kept (for the transcript), then its session ends.</summary>
    public async Task OnMeetingEndAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (meetings.Find(activity.Conversation!.Id) is { } ended && Uri.TryCreate(ValueString(activity.Value, "JoinUrl"), UriKind.Absolute, out var endedJoin))
            ended.JoinUrl ??= endedJoin;
        await EndAsync(activity.Conversation.Id, MeetingEnded, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Why a session ended when its meeting did.</summary>
    public const string MeetingEnded = "meeting ended";

    /// <summary>The meeting's session, started if need be: through the media door when it brings audio, else on posted events.</summary>
    public async Task<LiveMeeting> StartSessionAsync(CoachedMeeting meeting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        await meeting.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (meeting.Live is { } running) return running;
            Participant[] participants =
            [
                new(meeting.Interviewer.Id, meeting.Interviewer.Name ?? "Interviewer", ParticipantRole.Interviewer),
                new(IntervieweeId, meeting.Setup.IntervieweeName ?? "Interviewee", ParticipantRole.Interviewee),
            ];
            var opened = await door.OpenAsync(meeting, participants, [TeamsChatSinks.Describe(meeting)], cancellationToken).ConfigureAwait(false);
            if (opened.Failure is { } failure)
                await channel.SendAsync(meeting, Activity.Message($"I couldn't bring the meeting's audio in ({failure}), so I can't coach this call live. Type **demo** to see the coach at work."),
                    "meeting bot failure", cancellationToken).ConfigureAwait(false);
            var session = opened.Session ?? await StartEventSessionAsync(meeting, participants, cancellationToken).ConfigureAwait(false);
            meeting.Live = new LiveMeeting(session);
            logger.SessionLifecycle(session.SessionId, session.HasAudio ? "started with the meeting's audio" : "started");
            return meeting.Live;
        }
        finally
        {
            meeting.Gate.Release();
        }
    }

    /// <summary>A session on posted events only (no audio door, or a demo): nothing resumes it elsewhere, so its sinks are built here directly.</summary>
    private async Task<ILiveSession> StartEventSessionAsync(CoachedMeeting meeting, IReadOnlyList<Participant> participants, CancellationToken cancellationToken)
    {
        var id = SessionIds.New(time);
        var built = chatSinks.For(meeting, new SinkNotes(journal, id, TeamsChatSinks.SinkKind));
        return await EventSession.StartAsync(new SessionStarted(TimeSpan.Zero, id, meeting.Setup, participants), journal, [built.Sink], built.Observers, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Ends the meeting's session (if one runs) and sends the summary; a meeting that never had one falls back to its transcript.</summary>
    public async Task EndAsync(string chatId, string reason, CancellationToken cancellationToken)
    {
        if (meetings.Find(chatId) is not { } meeting) return;
        if (reason == MeetingEnded) await door.OnMeetingEndedAsync(meeting, cancellationToken).ConfigureAwait(false);
        LiveMeeting? live;
        await meeting.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            live = meeting.Live;
            meeting.Live = null;
        }
        finally
        {
            meeting.Gate.Release();
        }
        if (live is null)
        {
            // Installed, but no session ever ran here (no meetingStart reached us): the transcript is all there is.
            if (reason == MeetingEnded) await FallBackToTranscriptAsync(meeting, SessionIds.New(time), cancellationToken).ConfigureAwait(false);
            return;
        }
        using (live)
        {
            try
            {
                if (await live.EndAsync(reason, cancellationToken).ConfigureAwait(false) is not { } session)
                {
                    logger.SessionLifecycle(live.SessionId, "had already ended (its media door ended it)");
                    return;
                }
                logger.SessionEnded(live.SessionId, reason, session.Nudges.Count);
                if (!live.HasAudio && session.Utterances.Count == 0 && await FallBackToTranscriptAsync(meeting, live.SessionId, cancellationToken).ConfigureAwait(false))
                    return;
                await publisher.PublishAsync(meeting, session, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.SessionFailed(live.SessionId, ex.Message);
                throw;
            }
        }
    }

    /// <summary>Nothing was heard live: the summary will come from the meeting's transcript (when that is switched on). True if it will.</summary>
    private async Task<bool> FallBackToTranscriptAsync(CoachedMeeting meeting, string sessionId, CancellationToken cancellationToken)
    {
        if (!graph.Value.TranscriptFallback) return false;
        await channel.SendAsync(meeting, Activity.Message(
            "No live audio reached me during the call. I'll write your summary from the meeting transcript as soon as Teams has it (usually a few minutes)."),
            "transcript fallback", cancellationToken).ConfigureAwait(false);
        fallback.Start(meeting, sessionId);
        return true;
    }

    /// <summary>The installer with their display name (install activities often carry only ids).</summary>
    private async Task<ChannelAccount> NamedAsync(string serviceUrl, string conversationId, ChannelAccount account, CancellationToken cancellationToken)
    {
        if (account.Name is not null) return account;
        try
        {
            return await connector.GetMemberAsync(serviceUrl, conversationId, account.Id, cancellationToken).ConfigureAwait(false) is { } member
                ? account with { Name = member.Name, AadObjectId = account.AadObjectId ?? member.AadObjectId }
                : account;
        }
        catch (ConnectorException ex)
        {
            logger.DeliveryFailed("member lookup", ex.Message);
            return account;
        }
    }

    private static string? ValueString(JsonElement? value, string name) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}

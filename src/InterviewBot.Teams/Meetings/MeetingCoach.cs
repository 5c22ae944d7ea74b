using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Prep;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Gateways;
using InterviewBot.Media.Live;
using InterviewBot.Teams.Calling;
using InterviewBot.Teams.Cards;
using InterviewBot.Teams.Connector;
using InterviewBot.Teams.Protocol;
using InterviewBot.Teams.Graph;
using InterviewBot.Teams.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewBot.Teams.Meetings;

/// <summary>
/// The coach in Teams: installed in a meeting chat it greets everyone once and asks the installer, privately,
/// for the interview's setup; <c>meetingStart</c>/<c>meetingEnd</c> start and end the session; 1:1 commands
/// and card buttons steer it. Every nudge, status and summary goes to the interviewer's 1:1 chat only.
/// </summary>
public sealed class MeetingCoach(
    MeetingRegistry meetings,
    ConnectorClient connector,
    InterviewerChannel interviewerChannel,
    PostCallPublisher publisher,
    MeetingScheduler scheduler,
    ISessionJournal journal,
    IOptions<CoachOptions> options,
    TimeProvider time,
    ILogger<MeetingCoach> logger,
    IServiceProvider services)
{
    public const string MeetingStartEvent = "application/vnd.microsoft.meetingStart";
    public const string MeetingEndEvent = "application/vnd.microsoft.meetingEnd";
    public const string CardActionInvoke = "adaptiveCard/action";
    private const string IntervieweeId = "interviewee";

    /// <summary>Handles one authenticated activity; returns the invoke response for invokes, null otherwise.</summary>
    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Conversation is null || activity.ServiceUrl is null || activity.From is null) return null;
        switch (activity.Type)
        {
            case ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade":
            case ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true:
                await OnInstalledAsync(activity, cancellationToken).ConfigureAwait(false);
                return null;
            case ActivityTypes.Event when activity.Name == MeetingStartEvent:
                await OnMeetingStartAsync(activity, cancellationToken).ConfigureAwait(false);
                return null;
            case ActivityTypes.Event when activity.Name == MeetingEndEvent:
                if (meetings.Find(activity.Conversation.Id) is { } ended && Uri.TryCreate(ValueString(activity.Value, "JoinUrl"), UriKind.Absolute, out var endedJoin))
                    ended.JoinUrl ??= endedJoin;
                await OnMeetingEndAsync(activity.Conversation.Id, "meeting ended", cancellationToken).ConfigureAwait(false);
                return null;
            case ActivityTypes.Invoke when activity.Name == CardActionInvoke:
                return await OnCardActionAsync(activity, cancellationToken).ConfigureAwait(false);
            case ActivityTypes.Message when activity.Value is { ValueKind: JsonValueKind.Object }:
                // Older clients send Action.Submit data as a message; answer in the chat instead of in the card.
                var response = await OnCardActionAsync(activity, cancellationToken).ConfigureAwait(false);
                if (response?.Body is { } body && body.TryGetProperty("value", out var text) && text.ValueKind == JsonValueKind.String)
                    await ReplyAsync(activity, text.GetString()!, cancellationToken).ConfigureAwait(false);
                return null;
            case ActivityTypes.Message:
                await OnCommandAsync(activity, cancellationToken).ConfigureAwait(false);
                return null;
            default:
                return null;
        }
    }

    private async Task OnInstalledAsync(Activity activity, CancellationToken cancellationToken)
    {
        var conversation = activity.Conversation!;
        if (conversation.ConversationType == "personal")
        {
            // Teams announces a personal install twice (installationUpdate and conversationUpdate): greet on one.
            if (activity.Type != ActivityTypes.ConversationUpdate) return;
            await ReplyAsync(activity, "Hi! I'm your interview coach. Add me to a meeting chat and I'll coach you privately during the call.\n\n" + CoachCommand.HelpText, cancellationToken).ConfigureAwait(false);
            return;
        }
        var tenant = activity.ChannelData?.Tenant?.Id ?? conversation.TenantId;
        var installer = await NamedAsync(activity.ServiceUrl!, conversation.Id, activity.From!, cancellationToken).ConfigureAwait(false);
        var meeting = meetings.GetOrAdd(conversation.Id, () => new CoachedMeeting(conversation.Id, activity.ServiceUrl!, tenant, installer));
        await meeting.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Teams sends both installationUpdate and conversationUpdate for one install: greet once.
            if (meeting.PersonalChatId is not null) return;
            var who = meeting.Interviewer.Name ?? "the interviewer";
            await connector.SendAsync(meeting.ServiceUrl, meeting.ChatId, Activity.Message(
                $"👋 I'm InterviewBot, an interview coach. I'm here for {who}: during the call I suggest better questions " +
                $"and remind them to listen. **Only {who} sees my nudges**; nobody else in this meeting receives anything from me. " +
                "After the call I write them a summary."), cancellationToken).ConfigureAwait(false);
            var personal = await interviewerChannel.OpenAsync(meeting, activity.Recipient ?? new ChannelAccount("bot"), cancellationToken).ConfigureAwait(false);
            meetings.LinkPersonalChat(meeting, personal);
            await interviewerChannel.SendAsync(meeting, Activity.Card(CoachCards.Setup(meeting.ChatId, meeting.Setup).ToJson(), "Set up your interview coach"), "setup card", cancellationToken)
                .ConfigureAwait(false);
            meeting.MeetingId ??= activity.ChannelData?.Meeting?.Id;
            await ScheduleFromDetailsAsync(meeting, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            meeting.Gate.Release();
        }
    }

    /// <summary>Reads the meeting's details and schedules the coach's join for its start (a meeting without a future start is not scheduled).</summary>
    private async Task ScheduleFromDetailsAsync(CoachedMeeting meeting, CancellationToken cancellationToken)
    {
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
            await interviewerChannel.SendAsync(meeting, Activity.Message(
                $"📅 I'll join **{MeetingScheduler.Name(join)}** at {MeetingScheduler.At(join.Start)} (join #{join.Number}). Type **upcoming** to see my joins, **cancel {join.Number}** to drop this one."),
                "schedule", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The scheduled start of a meeting has come: start its session (and, with a gateway, send the meeting bot in).</summary>
    public async Task<JoinOutcome> JoinScheduledAsync(ScheduledJoin join, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(join);
        var meeting = meetings.GetOrAdd(join.Key, () => new CoachedMeeting(join.Key, join.ServiceUrl, null,
            new ChannelAccount(join.InterviewerId ?? "interviewer", join.InterviewerName)));
        if (meeting.PersonalChatId is null && join.PersonalChatId is { } personal)
        {
            meeting.PersonalChatId = personal;
            meetings.LinkPersonalChat(meeting, personal);
        }
        meeting.JoinUrl = join.JoinUrl;
        var name = MeetingScheduler.Name(join);
        var door = options.Value.MediaDoor;
        if (door == "graph" && !services.GetRequiredService<MediaWorkerClient>().Configured)
            return await services.GetRequiredService<MeetingCalls>().JoinAsync(join.Key, name, join.JoinUrl, join.Start, join.End, join.InterviewerId, mediaBlob: null, cancellationToken)
                .ConfigureAwait(false);
        if (door is not ("gateway" or "graph"))
            return new JoinOutcome(true, $"**{name}** is starting. No live audio is set up for me, so I'll write your summary from the meeting transcript after the call.");
        var live = await StartSessionAsync(meeting, cancellationToken).ConfigureAwait(false);
        return live.HasAudio
            ? new JoinOutcome(true, $"**{name}** is starting: {(door == "gateway" ? "I've sent my meeting bot in" : "I'm joining the call")} to listen. Nudges will arrive here.")
            : new JoinOutcome(false, $"I couldn't bring **{name}**'s audio in, so I'll write your summary from the meeting transcript after the call.");
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

    private async Task OnMeetingStartAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (meetings.Find(activity.Conversation!.Id) is not { } meeting) return; // not installed here: nothing to coach
        meeting.ServiceUrl = activity.ServiceUrl!;
        meeting.MeetingId = activity.ChannelData?.Meeting?.Id ?? ValueString(activity.Value, "Id") ?? meeting.MeetingId;
        if (Uri.TryCreate(ValueString(activity.Value, "JoinUrl"), UriKind.Absolute, out var join)) meeting.JoinUrl = join;
        await StartSessionAsync(meeting, cancellationToken).ConfigureAwait(false);
        await JoinUnscheduledCallAsync(meeting, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>With Graph calling and no media worker, a meeting that started without a scheduled join is joined now (presence and roster).</summary>
    private async Task JoinUnscheduledCallAsync(CoachedMeeting meeting, CancellationToken cancellationToken)
    {
        if (options.Value.MediaDoor != "graph" || services.GetRequiredService<MediaWorkerClient>().Configured || meeting.JoinUrl is not { } join) return;
        var calls = services.GetRequiredService<MeetingCalls>();
        if (calls.InCall(meeting.ChatId)) return;
        JoinOutcome outcome;
        try
        {
            outcome = await calls.JoinAsync(meeting.ChatId, "your meeting", join, time.GetUtcNow(), null, meeting.Interviewer.AadObjectId, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            outcome = new JoinOutcome(false, $"I couldn't join the call: {ex.Message}");
        }
        await interviewerChannel.SendAsync(meeting, Activity.Message(outcome.Message), "call", cancellationToken).ConfigureAwait(false);
    }

    private async Task<LiveMeeting> StartSessionAsync(CoachedMeeting meeting, CancellationToken cancellationToken)
    {
        await meeting.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (meeting.Live is { } running) return running;
            var sessionId = SessionIdFor(meeting.ChatId);
            var o = options.Value;
            Participant[] participants =
            [
                new(meeting.Interviewer.Id, meeting.Interviewer.Name ?? "Interviewer", ParticipantRole.Interviewer),
                new(IntervieweeId, meeting.Setup.IntervieweeName ?? "Interviewee", ParticipantRole.Interviewee),
            ];
            var sink = new TeamsNudgeSink(meeting, interviewerChannel, connector, o, logger);
            var status = new StatusCard(meeting, interviewerChannel, o);
            if (await StartWithMeetingBotAsync(meeting, participants, sink, status, cancellationToken).ConfigureAwait(false) is { } audio)
            {
                meeting.Live = audio;
                logger.SessionLifecycle(audio.SessionId, "started with the meeting's audio");
                return audio;
            }
            var started = new SessionStarted(TimeSpan.Zero, sessionId, meeting.Setup, participants);
            meeting.Live = await LiveMeeting.StartAsync(started, journal, [sink], [status], cancellationToken).ConfigureAwait(false);
            logger.SessionLifecycle(sessionId, "started");
            return meeting.Live;
        }
        finally
        {
            meeting.Gate.Release();
        }
    }

    /// <summary>
    /// A live audio session for this meeting, fed by its media door: with <c>Coach:MediaDoor</c> = gateway the gateway's
    /// bot is sent in; with graph and a Windows media worker the bot joins the call with application-hosted media and the
    /// worker streams it. Nudges and status go to this interviewer. Null (and the interviewer told why) when it cannot be had.
    /// </summary>
    private async Task<LiveMeeting?> StartWithMeetingBotAsync(CoachedMeeting meeting, Participant[] participants, TeamsNudgeSink sink, StatusCard status,
        CancellationToken cancellationToken)
    {
        if (meeting.JoinUrl is not { } join || services.GetService<MediaSessions>() is not { } media) return null;
        Func<CreatedMediaSession, Task>? bringAudio = options.Value.MediaDoor switch
        {
            "gateway" when services.GetService<MeetingBots>() is { } bots => created => bots.SendAsync(join, created.SessionId, created.Token, cancellationToken),
            "graph" when services.GetRequiredService<MediaWorkerClient>() is { Configured: true } worker => async created =>
            {
                var blob = await worker.PrepareAsync(created.SessionId, MediaUrl(created.SessionId), created.Token, participants, cancellationToken).ConfigureAwait(false);
                var joined = await services.GetRequiredService<MeetingCalls>().JoinAsync(meeting.ChatId, meeting.Setup.IntervieweeName is { } who ? $"your interview with {who}" : "your meeting",
                    join, time.GetUtcNow(), null, meeting.Interviewer.AadObjectId, blob, cancellationToken).ConfigureAwait(false);
                if (!joined.Joined) throw new InvalidOperationException(joined.Message);
            },
            _ => null,
        };
        if (bringAudio is null) return null;
        var created = await media.CreateAsync(meeting.Setup, participants, cancellationToken, [sink], [status]).ConfigureAwait(false);
        try
        {
            await bringAudio(created).ConfigureAwait(false);
            return LiveMeeting.FromAudio(created.SessionId, media.Find(created.SessionId)!.Value.Session, media);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or ConnectorException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await media.EndAsync(created.SessionId, "the meeting's audio could not be brought in", cancellationToken, writePostCall: false).ConfigureAwait(false);
            logger.DeliveryFailed("meeting audio", ex.Message);
            await interviewerChannel.SendAsync(meeting, Activity.Message($"I couldn't bring the meeting's audio in ({ex.Message}), so I can't coach this call live. Type **demo** to see the coach at work."),
                "meeting bot failure", cancellationToken).ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>Where a media worker streams a session's audio: this server's ingest WebSocket.</summary>
    private Uri MediaUrl(string sessionId)
    {
        var publicBase = options.Value.PublicBaseUrl ?? throw new InvalidOperationException("Coach:PublicBaseUrl is not configured: a media worker could not reach this server");
        return new UriBuilder(new Uri(publicBase, $"api/media/{Uri.EscapeDataString(sessionId)}")) { Scheme = publicBase.Scheme == "https" ? "wss" : "ws", Port = publicBase.IsDefaultPort ? -1 : publicBase.Port }.Uri;
    }

    private async Task OnMeetingEndAsync(string chatId, string reason, CancellationToken cancellationToken)
    {
        if (meetings.Find(chatId) is not { } meeting) return;
        if (reason == "meeting ended") await LeaveCallAsync(meeting, cancellationToken).ConfigureAwait(false);
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
            if (reason == "meeting ended") await FallBackToTranscriptAsync(meeting, SessionIdFor(meeting.ChatId), cancellationToken).ConfigureAwait(false);
            return;
        }
        using (live)
        {
            try
            {
                var session = await live.EndAsync(reason, cancellationToken).ConfigureAwait(false);
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

    /// <summary>The meeting is over: the bot leaves its Graph call, if it is in one.</summary>
    private async Task LeaveCallAsync(CoachedMeeting meeting, CancellationToken cancellationToken)
    {
        try
        {
            await services.GetRequiredService<MeetingCalls>().HangUpAsync(meeting.ChatId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            logger.DeliveryFailed("hang up", ex.Message); // the call ends on its own when the meeting does
        }
    }

    /// <summary>Nothing was heard live: the summary will come from the meeting's transcript (when that is switched on). True if it will.</summary>
    private async Task<bool> FallBackToTranscriptAsync(CoachedMeeting meeting, string sessionId, CancellationToken cancellationToken)
    {
        if (services.GetService<TranscriptFallback>() is not { } fallback || !services.GetRequiredService<IOptions<GraphOptions>>().Value.TranscriptFallback) return false;
        await interviewerChannel.SendAsync(meeting, Activity.Message(
            "No live audio reached me during the call. I'll write your summary from the meeting transcript as soon as Teams has it (usually a few minutes)."),
            "transcript fallback", cancellationToken).ConfigureAwait(false);
        fallback.Start(meeting, sessionId);
        return true;
    }

    private async Task OnCommandAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Conversation!.ConversationType != "personal") return; // the coach never answers in the meeting chat
        if (CoachCommand.Parse(activity.Text) is not { } command) return;
        var meeting = meetings.ForPersonalChat(activity.Conversation.Id);
        switch (command.Name)
        {
            case CoachCommand.Help:
                await ReplyAsync(activity, CoachCommand.HelpText, cancellationToken).ConfigureAwait(false);
                return;
            case CoachCommand.Demo when meeting is not null:
                await StartDemoAsync(activity, meeting, cancellationToken).ConfigureAwait(false);
                return;
            case CoachCommand.Demo:
                await ReplyAsync(activity, "Add me to a meeting chat first: the demo plays into that meeting's session.", cancellationToken).ConfigureAwait(false);
                return;
            case CoachCommand.Schedule:
                await ScheduleLinkAsync(activity, command, cancellationToken).ConfigureAwait(false);
                return;
            case CoachCommand.Upcoming:
                var upcoming = await scheduler.UpcomingAsync(activity.Conversation.Id, cancellationToken).ConfigureAwait(false);
                await ReplyAsync(activity, upcoming.Count == 0
                    ? "No joins scheduled. Add me to a meeting chat, or paste a link: `schedule <meeting link> <start, e.g. 2026-12-01T14:30Z>`."
                    : "My scheduled joins:\n\n" + string.Join("\n", upcoming.Select(j => $"- **#{j.Number}** {MeetingScheduler.Name(j)}, {MeetingScheduler.At(j.Start)}")),
                    cancellationToken).ConfigureAwait(false);
                return;
            case CoachCommand.Cancel:
                var cancelled = command.Number() is { } number ? await scheduler.CancelAsync(number, activity.Conversation.Id, cancellationToken).ConfigureAwait(false) : null;
                await ReplyAsync(activity, cancelled is null
                    ? "Which join? Type **upcoming** for their numbers, then e.g. `cancel 2`."
                    : $"Cancelled join #{cancelled.Number}: I won't join **{MeetingScheduler.Name(cancelled)}**.", cancellationToken).ConfigureAwait(false);
                return;
        }
        if (meeting?.Live is not { } live)
        {
            await ReplyAsync(activity, command.Name is CoachCommand.Status or CoachCommand.Snooze or CoachCommand.Mute or CoachCommand.Unmute
                ? "No interview is live right now. Coaching starts when your meeting starts (or type **demo**)."
                : "I didn't catch that. Type **help** for what I can do.", cancellationToken).ConfigureAwait(false);
            return;
        }
        var now = live.Now;
        switch (command.Name)
        {
            case CoachCommand.Status:
                var status = meeting.LatestStatus ?? new LiveStatus(true, now, 0, "Coaching has just started.", 0);
                await SendAsync(activity, Activity.Card(CoachCards.Status(status).ToJson(), "Coaching status"), cancellationToken).ConfigureAwait(false);
                break;
            case CoachCommand.Snooze when command.SnoozeMinutes() is { } minutes:
                await live.PostAsync(new NudgesSnoozed(now, now + TimeSpan.FromMinutes(minutes)), cancellationToken).ConfigureAwait(false);
                await ReplyAsync(activity, $"Snoozed: no nudges for {minutes} min.", cancellationToken).ConfigureAwait(false);
                break;
            case CoachCommand.Snooze:
                await ReplyAsync(activity, "Give the minutes as a whole number from 1 to 120, e.g. `snooze 10`.", cancellationToken).ConfigureAwait(false);
                break;
            case CoachCommand.Mute when command.Argument?.Trim().ToLowerInvariant() is { } kind && NudgeKinds.All.Contains(kind):
                await live.PostAsync(new NudgeKindMuted(now, kind), cancellationToken).ConfigureAwait(false);
                await ReplyAsync(activity, $"Muted **{CoachCards.Title(kind)}** for the rest of this interview. Type **unmute** to undo.", cancellationToken).ConfigureAwait(false);
                break;
            case CoachCommand.Mute:
                await ReplyAsync(activity, $"Which nudge? One of: {string.Join(", ", NudgeKinds.All)}.", cancellationToken).ConfigureAwait(false);
                break;
            case CoachCommand.Unmute:
                await live.PostAsync(new NudgesUnmuted(now), cancellationToken).ConfigureAwait(false);
                await ReplyAsync(activity, "All nudges are on again.", cancellationToken).ConfigureAwait(false);
                break;
            default:
                await ReplyAsync(activity, "I didn't catch that. Type **help** for what I can do.", cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>
    /// <c>schedule &lt;link&gt; [start]</c>: a join for a meeting the coach is not in. A Teams link's start, end and subject
    /// come from Microsoft Graph (the organizer named in the link, else the interviewer); any other link needs its start.
    /// </summary>
    private async Task ScheduleLinkAsync(Activity activity, CoachCommand command, CancellationToken cancellationToken)
    {
        var link = command.MeetingLink();
        var start = command.StartTime();
        DateTimeOffset? end = null;
        var title = link?.Host;
        if (link is not null && start is null && command.Argument?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 1
            && await LookUpTeamsMeetingAsync(link, activity.From!.AadObjectId, cancellationToken).ConfigureAwait(false) is { } found)
            (start, end, title) = found;
        if (link is null || start is null)
        {
            await ReplyAsync(activity, "Paste the meeting link and its start (ISO 8601 with a zone), e.g. `schedule https://teams.microsoft.com/l/meetup-join/… 2026-12-01T14:30Z`.",
                cancellationToken).ConfigureAwait(false);
            return;
        }
        var key = "link:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(link.AbsoluteUri)))[..16].ToLowerInvariant();
        var join = await scheduler.ScheduleAsync(key, activity.ServiceUrl!, activity.Conversation!.Id, null, link, title, start.Value, end, cancellationToken,
            activity.From).ConfigureAwait(false);
        await ReplyAsync(activity, join is null
            ? "That start has already passed."
            : $"📅 I'll join **{MeetingScheduler.Name(join)}** at {MeetingScheduler.At(join.Start)} (join #{join.Number}). **cancel {join.Number}** drops it.", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A Teams meeting's start, end and subject from Graph; null when it cannot be found or read.</summary>
    private async Task<(DateTimeOffset?, DateTimeOffset?, string?)?> LookUpTeamsMeetingAsync(Uri link, string? interviewerAad, CancellationToken cancellationToken)
    {
        if (Calling.TeamsJoinUrl.Parse(link) is not { } teams || (teams.OrganizerId ?? interviewerAad) is not { } organizer) return null;
        try
        {
            return await services.GetRequiredService<MeetingGraph>().FindMeetingAsync(organizer, link, cancellationToken).ConfigureAwait(false) is { StartDateTime: { } start } found
                ? (start, found.EndDateTime, found.Subject)
                : null;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            logger.DeliveryFailed("meeting lookup", ex.Message);
            return null;
        }
    }

    /// <summary>Replays the bundled sample into the meeting's session (started if need be); without a live meeting the demo ends the session itself.</summary>
    private async Task StartDemoAsync(Activity activity, CoachedMeeting meeting, CancellationToken cancellationToken)
    {
        var ownSession = meeting.Live is null;
        var live = await StartSessionAsync(meeting, cancellationToken).ConfigureAwait(false);
        var speed = options.Value.DemoSpeed;
        var events = DemoInterview.Events(live.SessionId, meeting.Setup, meeting.Interviewer.Id, IntervieweeId, live.Now);
        if (live.HasAudio)
        {
            await ReplyAsync(activity, "This meeting's own audio is being coached right now; the demo is for trying the coach without a call.", cancellationToken).ConfigureAwait(false);
            return;
        }
        var started = live.TryStartDemo(async (session, token) =>
        {
            await DemoInterview.PlayAsync(session, events, speed, time, token).ConfigureAwait(false);
            if (ownSession) await OnMeetingEndAsync(meeting.ChatId, "demo finished", CancellationToken.None).ConfigureAwait(false);
        });
        var minutes = (events[^1].At - events[0].At).TotalMinutes;
        await ReplyAsync(activity, started
            ? $"Playing a {minutes:0}-minute sample interview at {speed:0.#}× speed: watch the nudges arrive here."
            : "A demo is already playing.", cancellationToken).ConfigureAwait(false);
    }

    private async Task<InvokeResponse> OnCardActionAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (verb, data) = ReadAction(activity.Value);
        var meeting = meetings.ForPersonalChat(activity.Conversation!.Id, data.TryGetValue("meeting", out var chat) ? chat : null);
        if (meeting is null) return Message("This card belongs to a meeting I no longer know about.");
        if (activity.From!.Id != meeting.Interviewer.Id) return Message("Only the interviewer can change the coach.");
        switch (verb)
        {
            case CoachCards.SetupVerb:
                return await OnSetupAsync(meeting, data, cancellationToken).ConfigureAwait(false);
            case CoachCards.FeedbackVerb when meeting.Live is { } live:
                var helpful = data.TryGetValue("helpful", out var h) && h == "true";
                var number = data.TryGetValue("number", out var n) && int.TryParse(n, CultureInfo.InvariantCulture, out var k) ? k : 0;
                await live.PostAsync(new NudgeFeedback(live.Now, data.GetValueOrDefault("nudge") ?? "", number, helpful), cancellationToken).ConfigureAwait(false);
                return Message(helpful ? "Thanks, glad it helped." : "Thanks, noted: that helps us nudge better.");
            case CoachCards.MuteVerb when meeting.Live is { } live && data.GetValueOrDefault("nudge") is { } kind && NudgeKinds.All.Contains(kind):
                await live.PostAsync(new NudgeKindMuted(live.Now, kind), cancellationToken).ConfigureAwait(false);
                return Message($"Muted {CoachCards.Title(kind)} for the rest of this interview.");
            case CoachCards.SnoozeVerb when meeting.Live is { } live:
                var minutes = data.TryGetValue("minutes", out var m) && int.TryParse(m, CultureInfo.InvariantCulture, out var mm) ? Math.Clamp(mm, 1, 120) : 10;
                await live.PostAsync(new NudgesSnoozed(live.Now, live.Now + TimeSpan.FromMinutes(minutes)), cancellationToken).ConfigureAwait(false);
                return Message($"Snoozed for {minutes} min.");
            case CoachCards.FeedbackVerb or CoachCards.MuteVerb or CoachCards.SnoozeVerb:
                return Message("That interview is over.");
            case CoachCards.DraftEmailVerb:
                return Message(await services.GetRequiredService<EmailDrafts>().SaveAsync(meeting, cancellationToken).ConfigureAwait(false));
            default:
                return Message("I don't know that button.");
        }
    }

    private async Task<InvokeResponse> OnSetupAsync(CoachedMeeting meeting, Dictionary<string, string> data, CancellationToken cancellationToken)
    {
        var goal = data.GetValueOrDefault("goal")?.Trim();
        if (string.IsNullOrEmpty(goal)) return Card(CoachCards.Setup(meeting.ChatId, meeting.Setup));
        var planned = data.TryGetValue("plannedMinutes", out var p) && double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var minutes)
            ? (int)Math.Clamp(Math.Round(minutes), 5, 240) : (int?)null;
        var chosen = InterviewKinds.Parse(data.GetValueOrDefault("kind"));
        var setup = new SessionSetup(goal, Blank(data.GetValueOrDefault("interviewee")), Blank(data.GetValueOrDefault("company")), planned,
            chosen ?? InterviewKindClassifier.Classify(goal));
        meeting.Setup = setup;
        var guide = GuideBuilder.Build(goal, setup.Kind, setup.IntervieweeName, setup.Company, setup.PlannedMinutes ?? 30);
        await interviewerChannel.SendAsync(meeting, Activity.Message(GuideMarkdown.Render(guide)), "discussion guide", cancellationToken).ConfigureAwait(false);
        return Card(CoachCards.SetupSaved(setup, kindDetected: chosen is null));
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>The verb and the data (inputs merged) of an Action.Execute invoke, or of an Action.Submit message.</summary>
    private static (string? Verb, Dictionary<string, string> Data) ReadAction(JsonElement? value)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (value is not { ValueKind: JsonValueKind.Object } v) return (null, data);
        string? verb = null;
        var source = v;
        if (v.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object)
        {
            verb = action.TryGetProperty("verb", out var vb) ? vb.GetString() : null;
            source = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        }
        if (source.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in source.EnumerateObject())
                data[p.Name] = p.Value.ValueKind switch { JsonValueKind.String => p.Value.GetString()!, JsonValueKind.Number => p.Value.GetRawText(), _ => p.Value.ToString() };
        }
        verb ??= data.GetValueOrDefault("verb");
        return (verb, data);
    }

    private static string? ValueString(JsonElement? value, string name) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static InvokeResponse Card(AdaptiveCard card) => new(200, JsonSerializer.SerializeToElement(new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = AdaptiveCard.ContentType,
        ["value"] = JsonNode.Parse(card.ToJson().GetRawText()),
    }, TeamsJsonContext.Default.JsonNode));

    private static InvokeResponse Message(string text) => new(200, JsonSerializer.SerializeToElement(new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.activity.message",
        ["value"] = text,
    }, TeamsJsonContext.Default.JsonNode));

    private Task ReplyAsync(Activity to, string text, CancellationToken cancellationToken) => SendAsync(to, Activity.Message(text), cancellationToken);

    private async Task SendAsync(Activity to, Activity reply, CancellationToken cancellationToken)
    {
        try
        {
            await connector.SendAsync(to.ServiceUrl!, to.Conversation!.Id, reply, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException ex)
        {
            logger.DeliveryFailed("reply", ex.Message);
        }
    }

    private string SessionIdFor(string chatId)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(chatId)))[..8].ToLowerInvariant();
        return $"teams-{time.GetUtcNow():yyyyMMdd-HHmmss}-{hash}";
    }
}

using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Live;
using InterviewBot.Teams.Connector;
using InterviewBot.Teams.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewBot.Teams.Meetings;

/// <summary>
/// The interviewer's Teams chat as a durable sink: the nudge cards and the status card, described by where they go
/// (the connector's service URL, the meeting chat, the interviewer's 1:1 chat, the tenant and the interviewer) — no
/// token: the connector fetches its own. A server taking the session up rebuilds them from that and knows the meeting
/// from then on, so its commands, card buttons and meetingEnd reach the session there.
/// </summary>
public sealed class TeamsChatSinks(MeetingRegistry meetings, InterviewerChannel channel, ConnectorClient connector, IOptions<CoachOptions> options,
    ILogger<TeamsChatSinks> logger) : ISinkFactory
{
    /// <summary>The descriptor kind.</summary>
    public const string SinkKind = "teams-chat";

    /// <summary>The settings' shape this server writes and reads.</summary>
    public const int Version = 1;

    public string Kind => SinkKind;

    /// <summary>Where a meeting's nudges go, as a descriptor to journal.</summary>
    public static SinkDescriptor Describe(CoachedMeeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["serviceUrl"] = meeting.ServiceUrl,
            ["meetingChatId"] = meeting.ChatId,
            ["interviewerId"] = meeting.Interviewer.Id,
        };
        void Add(string name, string? value)
        {
            if (value is not null) settings[name] = value;
        }
        Add("personalChatId", meeting.PersonalChatId);
        Add("tenantId", meeting.TenantId);
        Add("interviewerName", meeting.Interviewer.Name);
        Add("interviewerAadObjectId", meeting.Interviewer.AadObjectId);
        Add("meetingId", meeting.MeetingId);
        return new SinkDescriptor(SinkKind, Version, settings);
    }

    /// <summary>The sinks of a meeting this server holds: its nudge cards and its status card.</summary>
    public BuiltSink For(CoachedMeeting meeting, SinkNotes notes)
    {
        var o = options.Value;
        return new BuiltSink(new TeamsNudgeSink(meeting, channel, connector, o, logger, notes), [new StatusCard(meeting, channel, o, notes)]);
    }

    public ValueTask<BuiltSink?> BuildAsync(SinkDescriptor descriptor, SinkContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(context);
        if (descriptor.Version != Version || descriptor.Setting("serviceUrl") is not { } serviceUrl || descriptor.Setting("meetingChatId") is not { } chatId
            || descriptor.Setting("interviewerId") is not { } interviewerId)
            return ValueTask.FromResult<BuiltSink?>(null);
        var meeting = meetings.GetOrAdd(chatId, () => new CoachedMeeting(chatId, serviceUrl, descriptor.Setting("tenantId"),
            new ChannelAccount(interviewerId, descriptor.Setting("interviewerName"), descriptor.Setting("interviewerAadObjectId"))));
        if (context.Resumed) Adopt(meeting, descriptor, context.Session);
        return ValueTask.FromResult<BuiltSink?>(For(meeting, context.Notes));
    }

    /// <summary>A meeting whose session was taken up here: its chats and its live session, unless this server knows them already.</summary>
    private void Adopt(CoachedMeeting meeting, SinkDescriptor descriptor, ILiveSession session)
    {
        meeting.MeetingId ??= descriptor.Setting("meetingId");
        if (meeting.PersonalChatId is null && descriptor.Setting("personalChatId") is { } personal)
        {
            meeting.PersonalChatId = personal;
            meetings.LinkPersonalChat(meeting, personal);
        }
        // Not under the meeting's gate: its holder may be waiting on this very resume. A meeting already live here keeps its own.
        if (meeting.Live is null) meeting.Live = new LiveMeeting(session);
    }
}

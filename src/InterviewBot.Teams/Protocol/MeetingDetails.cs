namespace InterviewBot.Teams.Protocol;

/// <summary>The connector's answer to <c>GET v1/meetings/{meetingId}</c>: the meeting's schedule and link, its chat and organizer.</summary>
public sealed record MeetingDetailsResponse(MeetingDetails? Details, ConversationAccount? Conversation, MeetingOrganizer? Organizer);

/// <summary>A Teams meeting as scheduled (times in UTC).</summary>
public sealed record MeetingDetails(string? Id, string? MsGraphResourceId, DateTimeOffset? ScheduledStartTime, DateTimeOffset? ScheduledEndTime,
    Uri? JoinUrl, string? Title, string? Type);

/// <summary>Who organised a meeting.</summary>
public sealed record MeetingOrganizer(string? Id, string? AadObjectId, string? TenantId);

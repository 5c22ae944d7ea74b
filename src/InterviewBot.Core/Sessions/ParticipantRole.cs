using System.Text.Json.Serialization;

namespace InterviewBot.Core.Sessions;

/// <summary>What a participant is in the interview; only the interviewer is ever coached.</summary>
public enum ParticipantRole
{
    [JsonStringEnumMemberName("interviewer")] Interviewer,
    [JsonStringEnumMemberName("interviewee")] Interviewee,
    [JsonStringEnumMemberName("observer")] Observer,
    [JsonStringEnumMemberName("bot")] Bot,
}

/// <summary>Reading a role as media clients and the session API name it.</summary>
public static class ParticipantRoles
{
    /// <summary><c>interviewer</c> or <c>observer</c> (any case); anything else, or nothing, is an interviewee.</summary>
    public static ParticipantRole Parse(string? role) => role?.ToLowerInvariant() switch
    {
        "interviewer" => ParticipantRole.Interviewer,
        "observer" => ParticipantRole.Observer,
        _ => ParticipantRole.Interviewee,
    };
}

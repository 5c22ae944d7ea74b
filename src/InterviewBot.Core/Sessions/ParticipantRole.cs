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

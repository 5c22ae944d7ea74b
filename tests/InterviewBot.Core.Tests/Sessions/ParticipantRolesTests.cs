using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Tests.Sessions;

public class ParticipantRolesTests
{
    [Theory]
    [InlineData("interviewer", ParticipantRole.Interviewer)]
    [InlineData("Interviewer", ParticipantRole.Interviewer)]
    [InlineData("observer", ParticipantRole.Observer)]
    [InlineData("interviewee", ParticipantRole.Interviewee)]
    [InlineData("customer", ParticipantRole.Interviewee)]
    [InlineData(null, ParticipantRole.Interviewee)]
    public void Parse_NamesTheRole_DefaultingToInterviewee(string? role, ParticipantRole expected) => Assert.Equal(expected, ParticipantRoles.Parse(role));
}

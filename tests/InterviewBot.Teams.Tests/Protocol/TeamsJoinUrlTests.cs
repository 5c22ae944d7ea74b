using InterviewBot.Teams.Protocol;

namespace InterviewBot.Teams.Tests.Protocol;

public sealed class TeamsJoinUrlTests
{
    [Fact]
    public void TeamsLink_WithContext_GivesThreadMessageTenantAndOrganizer()
    {
        var link = new Uri("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE5%40thread.v2/1701234567890?context=%7b%22Tid%22%3a%22tenant-1%22%2c%22Oid%22%3a%22aad-priya%22%7d");

        Assert.Equal(new TeamsJoinUrl("19:meeting_NjE5@thread.v2", "1701234567890", "tenant-1", "aad-priya"), TeamsJoinUrl.Parse(link));
    }

    [Fact]
    public void TeamsLink_WithoutContext_StillNamesTheChat()
    {
        Assert.Equal(new TeamsJoinUrl("19:meeting_abc@thread.v2", "0", null, null),
            TeamsJoinUrl.Parse(new Uri("https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0")));
    }

    [Theory]
    [InlineData("https://zoom.us/j/123456789")]
    [InlineData("https://teams.microsoft.com/l/chat/19%3ameeting_abc%40thread.v2/0")]
    [InlineData("https://teams.microsoft.com/l/meetup-join/not-a-thread/0")]
    [InlineData("https://evil.example.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0")]
    public void OtherLinks_AreNotTeamsMeetings(string link) => Assert.Null(TeamsJoinUrl.Parse(new Uri(link)));
}

using InterviewBot.Teams.Calling;

namespace InterviewBot.Teams.Tests.Calling;

public sealed class CallNotificationsTests
{
    [Fact]
    public void CallStateChange_IsReadWithItsCallId()
    {
        var (updates, error) = CallNotifications.Parse("""
            {"value":[{"changeType":"updated","resource":"/app/calls/call-1","resourceData":{"@odata.type":"#microsoft.graph.call","state":"established"}}]}
            """);

        Assert.Null(error);
        Assert.Equal(new CallUpdate("call-1", "established", null), Assert.Single(updates));
    }

    [Fact]
    public void DeletedCall_IsTerminated()
    {
        var (updates, _) = CallNotifications.Parse("""{"value":[{"changeType":"deleted","resource":"/communications/calls/call-1","resourceData":{"@odata.type":"#microsoft.graph.call"}}]}""");

        Assert.Equal("terminated", Assert.Single(updates).State);
    }

    [Fact]
    public void RosterUpdate_ListsPeopleAndTheBot()
    {
        var (updates, _) = CallNotifications.Parse("""
            {"value":[{"changeType":"updated","resource":"/communications/calls/call-1/participants","resourceData":[
              {"@odata.type":"#microsoft.graph.participant","id":"p1","info":{"identity":{"user":{"id":"aad-priya","displayName":"Priya Nair","tenantId":"tenant-1"}}},"isMuted":false},
              {"@odata.type":"#microsoft.graph.participant","id":"p2","info":{"identity":{"user":{"id":"aad-marcus","displayName":"Marcus"}}},"isInLobby":true},
              {"@odata.type":"#microsoft.graph.participant","id":"p3","info":{"identity":{"application":{"id":"bot-app","displayName":"InterviewBot"}}}}
            ]}]}
            """);

        var roster = Assert.Single(updates).Participants!;
        Assert.Equal([new CallParticipant("aad-priya", "Priya Nair", false, false), new CallParticipant("aad-marcus", "Marcus", false, true), new CallParticipant("bot-app", "InterviewBot", true, false)], roster);
    }

    [Theory]
    [InlineData("{not json", "the notification is not JSON")]
    [InlineData("""{"values":[]}""", "the notification has no \"value\" array")]
    [InlineData("[1,2]", "the notification has no \"value\" array")]
    [InlineData("\"value\"", "the notification has no \"value\" array")]
    public void NotANotification_IsAnError(string body, string error) => Assert.StartsWith(error, CallNotifications.Parse(body).Error, StringComparison.Ordinal);

    [Fact]
    public void UnknownResources_AreSkipped()
    {
        var (updates, error) = CallNotifications.Parse("""{"value":[{"changeType":"updated","resource":"/users/x","resourceData":{}},{"resource":42},7,{"resource":"/communications/calls/c","resourceData":[{"info":[]},{"info":{"identity":"x"}}]}]}""");

        Assert.Null(error);
        Assert.Empty(Assert.Single(updates).Participants!); // the one readable item: a roster with nobody recognisable in it
    }
}

using InterviewBot.Core.Coaching;
using InterviewBot.Media.Ingest;

namespace InterviewBot.Media.Tests.Ingest;

public class NudgeMessageTests
{
    private static readonly Nudge s_card = new(NudgeKinds.LeadingQuestion, TimeSpan.FromSeconds(100), "dana", "You love it, right?", "m", "s") { Id = 3, Moment = TimeSpan.FromSeconds(100) };

    [Fact]
    public void NewCard_IsANudgeMessageWithItsId()
    {
        var message = SocketSession.ToMessage(s_card);

        Assert.Equal(("nudge", 3, (int?)null, (int?)null), (message.Type, message.Id, message.Updates, message.Count));
    }

    [Fact]
    public void Repeat_IsAnUpdateNamingTheCardItUpdates()
    {
        var message = SocketSession.ToMessage(s_card with { Id = 7, Updates = 3, Count = 2, Quote = "Isn't that frustrating?" });

        Assert.Equal(("update", 7, (int?)3, (int?)2, "Isn't that frustrating?"), (message.Type, message.Id, message.Updates, message.Count, message.Quote));
    }
}

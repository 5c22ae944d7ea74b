using System.Text.Json.Nodes;
using InterviewBot.Teams.Cards;
using InterviewBot.Teams.Coach;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Teams.Tests.Meetings;

/// <summary>The summary card's "save email as Outlook draft" button, against (loopback) Microsoft Graph.</summary>
public sealed class EmailDraftTests : IAsyncLifetime
{
    private TeamsWithGraph _h = null!;

    public async Task InitializeAsync()
    {
        _h = await TeamsWithGraph.StartAsync();
        _h.Connector.Meetings[TeamsWithGraph.MeetingId] = RecordingConnector.MeetingDetails(TeamsWithGraph.MeetingId, DateTimeOffset.UtcNow.AddHours(1),
            DateTimeOffset.UtcNow.AddHours(2), "Interview with Marcus", GraphStandIn.GraphMeetingId);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private ActivityRouter Coach => _h.Coach;

    /// <summary>A demo meeting with Marcus from install to summary card.</summary>
    private async Task SummaryAsync()
    {
        await Coach.HandleAsync(_h.Teams.Installed(), CancellationToken.None);
        await Coach.HandleAsync(_h.Teams.Press(CoachCards.SetupVerb, new { meeting = Activities.MeetingChat, goal = "understand how bakeries plan staff for weekends", interviewee = "Marcus" }),
            CancellationToken.None);
        await Coach.HandleAsync(_h.Teams.MeetingStart(), CancellationToken.None);
        await Coach.HandleAsync(_h.Teams.Say("demo"), CancellationToken.None);
        var live = _h.Services.GetRequiredService<MeetingRegistry>().Find(Activities.MeetingChat)!.Live!;
        for (var i = 0; i < 600 && live.DemoRunning; i++) await Task.Delay(50);
        await Coach.HandleAsync(_h.Teams.MeetingEnd(), CancellationToken.None);
        Assert.Contains(CoachCards.DraftEmailVerb, _h.Connector.Posted[^1].CardText, StringComparison.Ordinal);
    }

    private async Task<string> PressDraftAsync(Teams.Protocol.ChannelAccount? who = null)
    {
        var response = await Coach.HandleAsync(_h.Teams.Press(CoachCards.DraftEmailVerb, new { meeting = Activities.MeetingChat }, who), CancellationToken.None);
        return response!.Body!.Value.GetProperty("value").GetString()!;
    }

    [Fact]
    public async Task DraftButton_SavesTheEmailInTheInterviewersDrafts_AddressedToTheInterviewee()
    {
        await SummaryAsync();

        var said = await PressDraftAsync();

        var post = Assert.Single(_h.Graph.Calls, c => c.Method == "POST");
        Assert.Equal("/v1.0/users/aad-priya/messages", post.PathAndQuery);
        var message = JsonNode.Parse(post.Body!)!;
        Assert.Equal("marcus@crumb.example", message["toRecipients"]![0]!["emailAddress"]!["address"]!.GetValue<string>());
        Assert.Equal("text", message["body"]!["contentType"]!.GetValue<string>());
        Assert.Contains("Marcus", message["body"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(message["subject"]!.GetValue<string>()));
        Assert.DoesNotContain(_h.Graph.Calls, c => c.PathAndQuery.Contains("sendMail", StringComparison.OrdinalIgnoreCase) || c.PathAndQuery.EndsWith("/send", StringComparison.Ordinal));
        Assert.StartsWith("📧 Saved in your Outlook Drafts, addressed to Marcus <marcus@crumb.example>", said, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAddress_SavesTheDraftWithoutARecipient_AndSaysSo()
    {
        _h.Graph.Attendees.Clear();
        await SummaryAsync();

        var said = await PressDraftAsync();

        var message = JsonNode.Parse(Assert.Single(_h.Graph.Calls, c => c.Method == "POST").Body!)!;
        Assert.Empty(message["toRecipients"]!.AsArray());
        Assert.Contains("couldn't find Marcus's address", said, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task NoPermission_SaysHowToEnableIt_AndPutsTheEmailInTheChat(int status)
    {
        await SummaryAsync();
        _h.Graph.FailNext(404); // the attendee lookup: no address, the draft goes on without one
        _h.Graph.FailNext(status);

        var said = await PressDraftAsync();

        Assert.Contains("Mail.ReadWrite", said, StringComparison.Ordinal);
        var inChat = _h.Connector.Posted[^1];
        Assert.Equal(Activities.InterviewerChat, inChat.ConversationId);
        Assert.StartsWith("**To:** Marcus", inChat.Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneElse_CannotSaveTheInterviewersDraft()
    {
        await SummaryAsync();

        var said = await PressDraftAsync(Activities.Interviewee);

        Assert.Equal("Only the interviewer can change the coach.", said);
        Assert.DoesNotContain(_h.Graph.Calls, c => c.Method == "POST");
    }
}

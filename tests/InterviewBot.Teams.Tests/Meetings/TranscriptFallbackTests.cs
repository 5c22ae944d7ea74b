using InterviewBot.Teams.Coach;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Teams.Tests.Meetings;

/// <summary>A meeting that ends with no live audio gets its summary from the Teams transcript, read from (loopback) Microsoft Graph.</summary>
public sealed class TranscriptFallbackTests : IAsyncLifetime
{
    private const string MeetingId = TeamsWithGraph.MeetingId;
    private TeamsWithGraph _h = null!;

    public async Task InitializeAsync()
    {
        _h = await TeamsWithGraph.StartAsync(new Dictionary<string, string?>
        {
            ["Graph:TranscriptFallback"] = "true",
            ["Graph:TranscriptPollEvery"] = "00:00:00.050",
            ["Graph:TranscriptGiveUpAfter"] = "00:00:02",
        });
        _h.Graph.Transcript = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "samples", "logistics-good.vtt"));
        _h.Graph.JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0";
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private ActivityRouter Coach => _h.Coach;

    private async Task MeetingWithoutAudioAsync()
    {
        await Coach.HandleAsync(_h.Teams.Installed(), CancellationToken.None);
        await Coach.HandleAsync(_h.Teams.MeetingStart(), CancellationToken.None);
        await Coach.HandleAsync(_h.Teams.MeetingEnd(), CancellationToken.None);
        await _h.Services.GetRequiredService<TranscriptFallback>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    private string[] ToInterviewer => _h.ToInterviewer;

    [Fact]
    public async Task NoLiveAudio_TheTranscriptAppearsLater_TheSummaryIsWrittenFromIt()
    {
        _h.Connector.Meetings[MeetingId] = RecordingConnector.MeetingDetails(MeetingId, DateTimeOffset.UtcNow.AddHours(1), DateTimeOffset.UtcNow.AddHours(2), "Interview with Marcus",
            GraphStandIn.GraphMeetingId);
        _h.Graph.TranscriptAfterPolls = 3;

        await MeetingWithoutAudioAsync();

        var said = ToInterviewer;
        Assert.Contains(said, t => t.StartsWith("No live audio reached me during the call", StringComparison.Ordinal));
        var summary = Assert.Single(said, t => t.Contains("Interview summary", StringComparison.Ordinal));
        Assert.Contains(TranscriptFallback.FromTranscript, summary, StringComparison.Ordinal);
        Assert.Equal(4, _h.Graph.TranscriptLists); // three empty answers, then the transcript
        var content = Assert.Single(_h.Graph.Calls, c => c.PathAndQuery.EndsWith("/transcripts/transcript-1/content", StringComparison.Ordinal));
        Assert.Equal(("Bearer token-2", "text/vtt"), (content.Authorization, content.Accept)); // the Graph token (the connector's is token-1)
        Assert.DoesNotContain(_h.Connector.Posted, c => c.ConversationId == Activities.MeetingChat && c.CardText.Contains("Interview summary", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(_h.Data, "artifacts", Assert.Single(Directory.GetDirectories(Path.Combine(_h.Data, "artifacts"))), "report.html")));
    }

    [Fact]
    public async Task WithoutMeetingDetails_TheMeetingIsFoundByItsJoinUrl()
    {
        await MeetingWithoutAudioAsync(); // the connector has no details: meetingEnd's join URL is all there is

        var lookup = Assert.Single(_h.Graph.Calls, c => c.PathAndQuery.Contains("/onlineMeetings?", StringComparison.Ordinal));
        Assert.StartsWith("/v1.0/users/aad-priya/onlineMeetings?%24filter=JoinWebUrl%20eq%20", lookup.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains(ToInterviewer, t => t.Contains(TranscriptFallback.FromTranscript, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TooManyRequests_IsRetriedAfterItsRetryAfter()
    {
        _h.Graph.FailNext(429, "0");
        _h.Graph.FailNext(503);

        await MeetingWithoutAudioAsync();

        Assert.Contains(ToInterviewer, t => t.Contains(TranscriptFallback.FromTranscript, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task NoPermission_TellsTheInterviewerHowToGetIt(int status)
    {
        for (var i = 0; i < 5; i++) _h.Graph.FailNext(status);

        await MeetingWithoutAudioAsync();

        Assert.Contains(ToInterviewer, t => t.Contains("OnlineMeetingTranscript.Read.Chat", StringComparison.Ordinal));
        Assert.DoesNotContain(ToInterviewer, t => t.Contains("Interview summary", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownMeeting_SaysThereIsNoTranscript()
    {
        _h.Graph.JoinUrl = "https://teams.microsoft.com/l/meetup-join/another";

        await MeetingWithoutAudioAsync();

        Assert.Contains(ToInterviewer, t => t.Contains("couldn't find this meeting in Microsoft Graph", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TranscriptNeverAppears_GivesUpWithAClearMessage()
    {
        _h.Graph.Transcript = null;

        await MeetingWithoutAudioAsync();

        Assert.Contains(ToInterviewer, t => t.Contains("transcript didn't appear within", StringComparison.Ordinal));
        Assert.True(_h.Graph.TranscriptLists > 3);
    }

    [Fact]
    public async Task UnreadableTranscript_SaysWhy()
    {
        _h.Graph.Transcript = "this is not WebVTT";

        await MeetingWithoutAudioAsync();

        Assert.Contains(ToInterviewer, t => t.StartsWith("The meeting's transcript couldn't be read", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MeetingCoachedLive_DoesNotAskForTheTranscript()
    {
        await Coach.HandleAsync(_h.Teams.Installed(), CancellationToken.None);
        await Coach.HandleAsync(_h.Teams.MeetingStart(), CancellationToken.None);
        await Coach.HandleAsync(_h.Teams.Say("demo"), CancellationToken.None);
        var live = _h.Services.GetRequiredService<MeetingRegistry>().Find(Activities.MeetingChat)!.Live!;
        for (var i = 0; i < 600 && live.DemoRunning; i++) await Task.Delay(50);
        await Coach.HandleAsync(_h.Teams.MeetingEnd(), CancellationToken.None);

        Assert.Empty(_h.Graph.Calls);
        Assert.Contains(ToInterviewer, t => t.Contains("Interview summary", StringComparison.Ordinal) && !t.Contains(TranscriptFallback.FromTranscript, StringComparison.Ordinal));
    }
}

using System.Text.Json.Nodes;
using InterviewBot.Teams.Calling;
using InterviewBot.Teams.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Teams.Tests.Calling;

/// <summary>
/// Incoming calls (Graph's documented <c>created</c> notification, read by the calling SDK): a call into a meeting the coach
/// is set up in is answered with service-hosted media; any other is rejected, and so is a second call into the same meeting.
/// </summary>
public sealed class IncomingCallsTests : IAsyncLifetime
{
    private TeamsWithGraph _h = null!;

    public async Task InitializeAsync()
    {
        _h = await TeamsWithGraph.StartAsync(new Dictionary<string, string?> { ["Coach:MediaDoor"] = "graph" });
        await _h.Coach.HandleAsync(_h.Teams.Installed(), CancellationToken.None);
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private MeetingCalls Calls => _h.Services.GetRequiredService<MeetingCalls>();

    private void News(string body) => Assert.Equal(202, Calls.Process(body, "tenant-1", Guid.NewGuid()).Status);

    private async Task<JsonNode> SentAsync(string path)
    {
        await CallWaits.UntilAsync(() => _h.Graph.Calls.Any(c => c.Method == "POST" && c.PathAndQuery == path), path);
        var sent = _h.Graph.Calls.First(c => c.PathAndQuery == path);
        Assert.StartsWith("Bearer token-", sent.Authorization, StringComparison.Ordinal);
        return JsonNode.Parse(sent.Body ?? "{}")!;
    }

    [Fact]
    public async Task IncomingCall_IntoACoachedMeeting_IsAnsweredAndFollowed()
    {
        News(CallNews.Incoming("call-in", Activities.MeetingChat));

        var answer = await SentAsync("/v1.0/communications/calls/call-in/answer");
        Assert.Equal("https://coach.example.com/api/calling", answer["callbackUri"]!.GetValue<string>());
        Assert.Equal("#microsoft.graph.serviceHostedMediaConfig", answer["mediaConfig"]!["@odata.type"]!.GetValue<string>());
        Assert.Equal("audio", answer["acceptedModalities"]![0]!.GetValue<string>(), ignoreCase: true);
        Assert.True(Calls.InCall(Activities.MeetingChat));
        News(CallNews.State("call-in", "established"));
        await CallWaits.UntilAsync(() => _h.ToInterviewer.Any(t => t.Contains("I'm in the call for **your meeting**", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task IncomingCall_FromOutsideAnyCoachedMeeting_IsRejected()
    {
        News(CallNews.Incoming("call-in", threadId: null));

        var reject = await SentAsync("/v1.0/communications/calls/call-in/reject");
        Assert.Equal("none", reject["reason"]?.GetValue<string>(), ignoreCase: true);
        Assert.DoesNotContain(_h.Graph.Calls, c => c.PathAndQuery.EndsWith("/answer", StringComparison.Ordinal));
        Assert.False(Calls.InCall(Activities.MeetingChat));
    }

    [Fact]
    public async Task SecondIncomingCall_IntoTheSameMeeting_IsRejectedAsBusy()
    {
        News(CallNews.Incoming("call-in", Activities.MeetingChat));
        await SentAsync("/v1.0/communications/calls/call-in/answer");

        News(CallNews.Incoming("call-again", Activities.MeetingChat));

        var reject = await SentAsync("/v1.0/communications/calls/call-again/reject");
        Assert.Equal("busy", reject["reason"]?.GetValue<string>(), ignoreCase: true);
    }
}

using InterviewBot.Teams.Calling;
using InterviewBot.Teams.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Teams.Tests.Calling;

/// <summary>
/// The calling SDK's client is built from the bot's settings; the SDK insists on https for both its Graph base URL and
/// the notification URL, so a setting it would refuse becomes a clear reason (no join, notifications answered 503).
/// </summary>
public sealed class CallingClientTests
{
    private static async Task<(string? Unavailable, NotificationOutcome Outcome)> WithAsync(string key, string value)
    {
        await using var h = await TeamsWithGraph.StartAsync(new Dictionary<string, string?> { ["Coach:MediaDoor"] = "graph", [key] = value });
        var calling = h.Services.GetRequiredService<CallingClient>();
        return (calling.Get().Unavailable, calling.Process(CallNews.State("call-1", "established"), "tenant-1", Guid.NewGuid()));
    }

    [Fact]
    public async Task PlainHttpPublicBaseUrl_IsRefusedWithTheReason()
    {
        var (unavailable, outcome) = await WithAsync("Coach:PublicBaseUrl", "http://coach.example.com/");

        Assert.Equal("Coach:PublicBaseUrl must be https for Graph calling, not http", unavailable);
        Assert.Equal(503, outcome.Status);
    }

    [Theory]
    [InlineData("https://graph.microsoft.com/v1.0", "https://graph.microsoft.com/v1.0")]
    [InlineData("http://127.0.0.1:5123/v1.0", "https://127.0.0.1:5123/v1.0")]
    [InlineData("http://localhost:5123/v1.0", "https://localhost:5123/v1.0")]
    [InlineData("http://graph.example.com/v1.0", null)]
    public void ServiceBase_IsHttps_AndHttpOnlyOnLoopback(string configured, string? given) =>
        Assert.Equal(given, LoopbackGraph.ServiceBaseFor(new Uri(configured))?.ToString());
}

using System.Text.Json;
using InterviewBot.Teams.Coach;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Teams.Tests.Coach;

/// <summary>What the routed meeting-flow tests share: a recording connector, the Teams services over a temporary data folder, and the set-up and demo steps.</summary>
public abstract class ActivityRouterTestBase : IAsyncLifetime
{
    private protected readonly RecordingConnector _connector = new();
    private protected readonly string _data = Directory.CreateTempSubdirectory("ib-coach-").FullName;
    private protected ServiceProvider _services = null!;
    private protected Activities _teams = null!;
    private protected ActivityRouter Coach => _services.GetRequiredService<ActivityRouter>();

    public async Task InitializeAsync()
    {
        await _connector.StartAsync();
        _connector.Names[Activities.Interviewer.Id] = "Priya Nair";
        _services = TeamsServices.Build(_connector, _data);
        _teams = new Activities(_connector.BaseUri);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private protected async Task InstallAndSetUpAsync()
    {
        await Coach.HandleAsync(_teams.Installed(), CancellationToken.None);
        await Coach.HandleAsync(_teams.Press(Cards.CoachCards.SetupVerb, new
        {
            meeting = Activities.MeetingChat, goal = "understand how bakeries plan staff for weekends", interviewee = "Marcus", company = "Crumb & Co", plannedMinutes = "15", kind = "auto",
        }), CancellationToken.None);
    }

    /// <summary>Runs the bundled demo to its end inside a started meeting, then ends the meeting.</summary>
    private protected async Task RunDemoMeetingAsync()
    {
        await InstallAndSetUpAsync();
        await Coach.HandleAsync(_teams.MeetingStart(), CancellationToken.None);
        await Coach.HandleAsync(_teams.Say("demo"), CancellationToken.None);
        var live = _services.GetRequiredService<MeetingRegistry>().Find(Activities.MeetingChat)!.Live!;
        for (var i = 0; i < 600 && live.DemoRunning; i++) await Task.Delay(50);
        Assert.False(live.DemoRunning, "the demo did not finish");
        await Coach.HandleAsync(_teams.MeetingEnd(), CancellationToken.None);
    }

    private protected static bool IsNudgeCard(RecordingConnector.Call call) => call.CardText.Contains("\"verb\":\"feedback\"", StringComparison.Ordinal);

    /// <summary>The nudges the session journaled, in order: new cards and updates of cards already shown.</summary>
    private protected (int Id, string Kind, int? Updates, int Count)[] JournaledNudges() =>
        File.ReadLines(Directory.GetFiles(Path.Combine(_data, "journals")).Single())
            .Select(l => JsonDocument.Parse(l).RootElement).Where(e => e.GetProperty("type").GetString() == "nudge_raised")
            .Select(e => e.GetProperty("nudge"))
            .Select(n => (n.GetProperty("id").GetInt32(), n.GetProperty("kind").GetString()!,
                n.TryGetProperty("updates", out var u) && u.ValueKind == JsonValueKind.Number ? u.GetInt32() : (int?)null,
                n.TryGetProperty("count", out var c) ? c.GetInt32() : 1))
            .ToArray();
}

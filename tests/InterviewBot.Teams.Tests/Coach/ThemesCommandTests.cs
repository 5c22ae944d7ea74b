using System.Text;
using System.Text.Json;
using InterviewBot.Core.Ports;
using InterviewBot.Teams.Coach;
using InterviewBot.Teams.Protocol;
using InterviewBot.Teams.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InterviewBot.Teams.Tests.Coach;

/// <summary><c>themes</c> in the interviewer's chat against a recording connector and the local artefact store: whose interviews, which days, what answer.</summary>
public sealed class ThemesCommandTests : IAsyncLifetime
{
    private const string Other = "aad-someone-else";
    private const string OthersWords = "Saturday wholesale changes wreck the staff schedule at the brewery too.";
    private static readonly DateTimeOffset s_now = new(2026, 12, 4, 18, 0, 0, TimeSpan.Zero);
    private readonly RecordingConnector _connector = new();
    private readonly string _data = Directory.CreateTempSubdirectory("ib-themes-").FullName;
    private ServiceProvider _services = null!;
    private Activities _teams = null!;

    private ActivityRouter Coach => _services.GetRequiredService<ActivityRouter>();
    private IArtifactStore Store => _services.GetRequiredService<IArtifactStore>();

    public async Task InitializeAsync()
    {
        await _connector.StartAsync();
        _services = TeamsServices.Build(_connector, _data, time: new FakeTimeProvider(s_now));
        _teams = new Activities(_connector.BaseUri);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private Task AddAsync(string id, string aad, string interviewee, double daysAgo, params (string, string, double)[] clauses) =>
        StoredInterviews.AddAsync(Store, id, aad, interviewee, s_now - TimeSpan.FromDays(daysAgo), clauses);

    /// <summary>Two of Priya's interviews sharing a pain, and another interviewer's saying the same.</summary>
    private async Task AddInterviewsAsync()
    {
        await AddAsync("session-a", Activities.Interviewer.AadObjectId!, "Marcus", 2, ("complaints", "The Saturday wholesale changes wreck the staff schedule.", 61));
        await AddAsync("session-b", Activities.Interviewer.AadObjectId!, "Rosa", 5, ("complaints", "Saturday wholesale changes wreck my staff schedule every week.", 95));
        await AddAsync("session-c", Other, "Lena", 1, ("complaints", OthersWords, 40));
    }

    private async Task<string> SynthesisJsonAsync()
    {
        var id = Assert.Single(Directory.GetDirectories(Path.Combine(_data, "artifacts"), "synthesis-*"));
        return Encoding.UTF8.GetString((await Store.ReadAsync(Path.GetFileName(id), "synthesis.json", CancellationToken.None))!.Content.Span);
    }

    [Fact]
    public async Task Themes_AnswersWithACardOfTheAskersThemes_AndALinkToTheSynthesis()
    {
        await AddInterviewsAsync();

        await Coach.HandleAsync(_teams.Say("themes"), CancellationToken.None);

        var answer = Assert.Single(_connector.Posted);
        Assert.Equal(Activities.InterviewerChat, answer.ConversationId);
        Assert.Contains("2 interviewees", answer.CardText, StringComparison.Ordinal);
        Assert.Contains("Saturday wholesale changes", answer.CardText, StringComparison.Ordinal);
        var link = answer.Card!["actions"]![0]!["url"]!.GetValue<string>();
        Assert.StartsWith("https://coach.example.com/reports/synthesis-", link, StringComparison.Ordinal);
        Assert.EndsWith("/synthesis.html", link, StringComparison.Ordinal);
        var id = Path.GetFileName(Assert.Single(Directory.GetDirectories(Path.Combine(_data, "artifacts"), "synthesis-*")));
        Assert.All(new[] { "synthesis.md", "synthesis.json", "synthesis.html" }, f => Assert.True(File.Exists(Path.Combine(_data, "artifacts", id, f)), f));
    }

    [Fact]
    public async Task Themes_NeverIncludesAnotherInterviewersInterview()
    {
        await AddInterviewsAsync();

        await Coach.HandleAsync(_teams.Say("themes"), CancellationToken.None);

        var json = await SynthesisJsonAsync();
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(["Marcus · 2 Dec", "Rosa · 29 Nov"], doc.RootElement.GetProperty("interviews").EnumerateArray().Select(i => i.GetString()).Order());
        Assert.DoesNotContain("brewery", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Lena", Assert.Single(_connector.Posted).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemesWithDays_LeavesOutOlderInterviews()
    {
        await AddInterviewsAsync();
        await AddAsync("session-d", Activities.Interviewer.AadObjectId!, "Ines", 3, ("complaints", "Our staff schedule breaks whenever wholesale orders change on Saturday.", 12));

        await Coach.HandleAsync(_teams.Say("themes 4"), CancellationToken.None);

        using var doc = JsonDocument.Parse(await SynthesisJsonAsync());
        Assert.Equal(["Ines · 1 Dec", "Marcus · 2 Dec"], doc.RootElement.GetProperty("interviews").EnumerateArray().Select(i => i.GetString()).Order());
        Assert.Contains("last 4 days", Assert.Single(_connector.Posted).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FewerThanTwoOwnInterviews_GetsAClearReplyAndWritesNothing()
    {
        await AddAsync("session-a", Activities.Interviewer.AadObjectId!, "Marcus", 2, ("complaints", "The Saturday wholesale changes wreck the staff schedule.", 61));
        await AddAsync("session-c", Other, "Lena", 1, ("complaints", OthersWords, 40));

        await Coach.HandleAsync(_teams.Say("themes"), CancellationToken.None);

        var text = Assert.Single(_connector.Posted).Body!["text"]!.GetValue<string>();
        Assert.Contains("one finished interview of yours in the last 30 days", text, StringComparison.Ordinal);
        Assert.Contains("at least two", text, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(Path.Combine(_data, "artifacts"), "synthesis-*"));
    }

    [Theory]
    [InlineData("themes 0")]
    [InlineData("themes 400")]
    [InlineData("themes week")]
    public async Task DaysThatAreNotAWholeNumberInRange_AreRefused(string typed)
    {
        await Coach.HandleAsync(_teams.Say(typed), CancellationToken.None);

        Assert.Contains("whole number from 1 to 365", Assert.Single(_connector.Posted).Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskerWithoutAnEntraId_GetsAClearReply()
    {
        await AddInterviewsAsync();

        await Coach.HandleAsync(_teams.Say("themes", from: new ChannelAccount(Activities.Interviewer.Id)), CancellationToken.None);

        Assert.Contains("can't tell which Microsoft 365 account", Assert.Single(_connector.Posted).Body!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableReport_IsLeftOut_TheRestSynthesised()
    {
        await AddInterviewsAsync();
        await AddAsync("session-d", Activities.Interviewer.AadObjectId!, "Ines", 3);
        File.WriteAllText(Path.Combine(_data, "artifacts", "session-d", "report.json"), "{ not json");

        await Coach.HandleAsync(_teams.Say("themes"), CancellationToken.None);

        using var doc = JsonDocument.Parse(await SynthesisJsonAsync());
        Assert.Equal(2, doc.RootElement.GetProperty("interviews").GetArrayLength());
    }

    [Fact]
    public async Task ThemesInTheMeetingChat_IsNotAnswered()
    {
        await AddInterviewsAsync();

        await Coach.HandleAsync(_teams.Say("themes", conversation: Activities.MeetingChat, type: "groupChat"), CancellationToken.None);

        Assert.Empty(_connector.Posted);
    }

    [Fact]
    public void TheRoute_ComesBeforeTheOtherTypedCommands() =>
        Assert.Equal(Coach.Routes.ToList().IndexOf("themes") + 1, Coach.Routes.ToList().IndexOf("typed command"));
}

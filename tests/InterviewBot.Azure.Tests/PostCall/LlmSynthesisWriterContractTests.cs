using System.Text.Json;
using InterviewBot.Azure.PostCall;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Synthesis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Azure.Tests.PostCall;

/// <summary>The LLM synthesis against a loopback server speaking the chat-completions protocol: what it may change, what it may not, and its failures.</summary>
public sealed class LlmSynthesisWriterContractTests : IAsyncLifetime
{
    private const string Invented = "We would happily pay $500 a month for a tool that fixed this.";
    private readonly ChatCompletionsServer _server = new();
    private readonly List<string> _log = [];

    // Three interviews, two patterns heard in two of them each, and one remark heard once.
    private static readonly IReadOnlyList<InterviewEvidence> s_interviews =
    [
        Interview("bakery", ("complaint", "The Saturday wholesale changes wreck the staff schedule.", 61), ("opportunity", "I need the weekend rota planned before Thursday.", 300)),
        Interview("cafe", ("complaint", "Saturday wholesale changes wreck my staff schedule every week.", 95), ("insight", "Suppliers invoice late and the paperwork piles up.", 410)),
        Interview("deli", ("opportunity", "The weekend rota has to be planned before Thursday, always.", 130), ("emotion", "Honestly the night shift makes me anxious.", 520)),
    ];

    private static readonly SynthesisResult s_embedded = Synthesizer.Synthesize(s_interviews);

    public Task InitializeAsync() => _server.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static InterviewEvidence Interview(string name, params (string Kind, string Text, int At)[] clauses) =>
        new(name, clauses.Select(c => new EvidenceClause(c.Kind, c.Text, TimeSpan.FromSeconds(c.At))).ToList(), []);

    private ServiceProvider Services(string attemptTimeout = "00:00:05")
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PostCall:Writer"] = "llm",
            ["PostCall:Llm:Provider"] = "azure",
            ["PostCall:Llm:Endpoint"] = _server.BaseUri.ToString(),
            ["PostCall:Llm:Model"] = "test-model",
            ["PostCall:Llm:ApiKey"] = "test-key",
            ["PostCall:Llm:MaxRetries"] = "2",
            ["PostCall:Llm:RetryBaseDelay"] = "00:00:00.050",
            ["PostCall:Llm:AttemptTimeout"] = attemptTimeout,
            ["PostCall:Llm:TotalTimeout"] = "00:00:30",
        }).Build();
        return new ServiceCollection().AddLogging(b => b.AddProvider(new ListLoggerProvider(_log))).AddPostCallWriter(config).BuildServiceProvider();
    }

    private static async Task<SynthesisResult> WriteAsync(ServiceProvider services)
    {
        var writer = services.GetRequiredService<ISynthesisWriter>();
        Assert.IsType<LlmSynthesisWriter>(writer);
        return await writer.WriteAsync(s_interviews, CancellationToken.None);
    }

    /// <summary>The embedded groups as the model is shown them: themes, then leads; G1 is the first.</summary>
    private static Theme Group(int number) => s_embedded.Themes.Concat(s_embedded.Leads).ElementAt(number - 1);

    private static object Answer(params (string Name, int[] Groups, string[] Quotes)[] themes) =>
        new { themes = themes.Select(t => new { name = t.Name, groups = t.Groups, quotes = t.Quotes }).ToArray() };

    private static IEnumerable<ThemeQuote> AllQuotes(SynthesisResult r) => r.Themes.Concat(r.Leads).SelectMany(t => t.Quotes);

    [Fact]
    public void TheSampleHasTwoEmbeddedThemes() => Assert.True(s_embedded.Themes.Count >= 2, $"{s_embedded.Themes.Count} embedded themes");

    [Fact]
    public async Task NamedMerge_KeepsBothGroupsQuotesAndInterviews_UnderTheModelsName()
    {
        _server.ReplyDraft(Answer(("Weekend planning breaks down", [1, 2], [Group(2).Quotes[0].Text])));
        await using var services = Services();

        var result = await WriteAsync(services);

        var merged = Assert.Single(result.Themes, t => t.Name == "Weekend planning breaks down");
        Assert.Equal(Group(2).Quotes[0], merged.Quotes[0]); // the model's pick leads
        Assert.Subset(merged.Quotes.ToHashSet(), Group(1).Quotes.Concat(Group(2).Quotes).ToHashSet());
        Assert.Equal(Group(1).Interviews.Union(Group(2).Interviews).Order(), merged.Interviews.Order());
        Assert.Equal(AllQuotes(s_embedded).ToHashSet(), AllQuotes(result).ToHashSet()); // nothing lost, nothing added
    }

    [Fact]
    public async Task NamedMerge_IsWhatTheOpportunityTreeNames()
    {
        _server.ReplyDraft(Answer(("Weekend planning breaks down", [1, 2], [])));
        await using var services = Services();

        var result = await WriteAsync(services);

        var names = result.Tree.Opportunities.Select(o => o.Name).ToList();
        Assert.Contains("Weekend planning breaks down", names);
        Assert.DoesNotContain(Group(1).Name, names);
        Assert.DoesNotContain(Group(2).Name, names);
        Assert.Equal(Group(1).PainsAndNeeds + Group(2).PainsAndNeeds, result.Themes.Single(t => t.Name == "Weekend planning breaks down").PainsAndNeeds);
    }

    [Fact]
    public async Task TheRequest_ShowsTheGroupsVerbatimAndAsksForTheSchema()
    {
        _server.ReplyDraft(Answer(("Weekend planning breaks down", [1], [])));
        await using var services = Services();

        await WriteAsync(services);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("/openai/deployments/test-model/chat/completions", request.Path);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("json_schema", body.RootElement.GetProperty("response_format").GetProperty("type").GetString());
        var user = body.RootElement.GetProperty("messages")[1].GetProperty("content").GetString()!;
        Assert.All(AllQuotes(s_embedded), q => Assert.Contains(q.Text, user, StringComparison.Ordinal));
    }

    [Fact]
    public async Task InventedQuote_IsDroppedAndLogged_TheGroupsOwnQuotesStay()
    {
        _server.ReplyDraft(Answer(("Saturday changes break the schedule", [1], [Invented, Group(1).Quotes[^1].Text])));
        await using var services = Services();

        var result = await WriteAsync(services);

        Assert.DoesNotContain(AllQuotes(result), q => q.Text.Contains("$500", StringComparison.Ordinal));
        var clauses = s_interviews.SelectMany(i => i.Clauses.Select(c => (i.Interview, c.Text, c.At))).ToHashSet();
        Assert.All(AllQuotes(result), q => Assert.Contains((q.Interview, q.Text, q.At), clauses));
        Assert.Equal(Group(1).Quotes[^1], Assert.Single(result.Themes, t => t.Name == "Saturday changes break the schedule").Quotes[0]);
        Assert.Contains(_log, l => l.Contains("dropped", StringComparison.Ordinal) && l.Contains("$500 a month", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TypographicApostrophes_StillMatchAndTheEvidencesCharactersAreKept()
    {
        var quote = Group(1).Quotes[0];
        _server.ReplyDraft(Answer(("Saturday changes break the schedule", [1], [$"\u201C{quote.Text.Replace('\'', '\u2019')}\u201D"])));
        await using var services = Services();

        var result = await WriteAsync(services);

        Assert.Equal(quote, result.Themes.Single(t => t.Name == "Saturday changes break the schedule").Quotes[0]);
    }

    [Fact]
    public async Task NameWithANumberNobodySaid_FallsBackToTheEmbeddedName()
    {
        _server.ReplyDraft(Answer(("Schedules cost 40 hours a week", [1], [])));
        await using var services = Services();

        var result = await WriteAsync(services);

        Assert.Contains(result.Themes, t => t.Name == Group(1).Name && t.Quotes.SequenceEqual(Group(1).Quotes));
        Assert.Contains(_log, l => l.Contains("embedded name", StringComparison.Ordinal) && l.Contains("40", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GroupsLeftOutOrNamedTwice_KeepTheirEvidence()
    {
        _server.ReplyDraft(Answer(("Saturday changes break the schedule", [1, 99], []), ("Again the first group", [1], [])));
        await using var services = Services();

        var result = await WriteAsync(services);

        Assert.Single(result.Themes.Concat(result.Leads), t => t.Quotes.Contains(Group(1).Quotes[0]));
        Assert.Contains(result.Themes, t => t.Name == Group(2).Name && t.Quotes.SequenceEqual(Group(2).Quotes));
        Assert.Equal(AllQuotes(s_embedded).Count(), AllQuotes(result).Count());
    }

    [Fact]
    public async Task TwoLeadsFromDifferentInterviewsMerged_BecomeATheme()
    {
        var leads = Enumerable.Range(1, s_embedded.Themes.Count + s_embedded.Leads.Count).Where(n => Group(n).Interviews.Count == 1).ToList();
        var (a, b) = (leads[0], leads.First(n => Group(n).Interviews[0] != Group(leads[0]).Interviews[0]));
        _server.ReplyDraft(Answer(("Back-office work wears people down", [a, b], [])));
        await using var services = Services();

        var result = await WriteAsync(services);

        Assert.Equal(2, Assert.Single(result.Themes, t => t.Name == "Back-office work wears people down").Interviews.Count);
        Assert.Equal(s_embedded.Leads.Count - 2, result.Leads.Count);
    }

    [Fact]
    public async Task ServerErrorEveryTime_FallsBackToTheEmbeddedSynthesis()
    {
        for (var i = 0; i < 3; i++) _server.ReplyStatus(500);
        await using var services = Services();

        var result = await WriteAsync(services);

        Assert.Equal(3, _server.Requests.Count); // the first try and two retries
        Assert.Equal(SynthesisJson.Render(s_embedded), SynthesisJson.Render(result));
        Assert.Contains(_log, l => l.Contains("synthesis request failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryAttemptTimingOut_FallsBackToTheEmbeddedSynthesis()
    {
        // Each attempt's limit is generous enough for a loaded test machine to get every request to the server.
        for (var i = 0; i < 3; i++) _server.ReplyAfter(TimeSpan.FromSeconds(60), Answer(("Late", [1], [])));
        await using var services = Services(attemptTimeout: "00:00:01.500");

        var result = await WriteAsync(services);

        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal(SynthesisJson.Render(s_embedded), SynthesisJson.Render(result));
    }

    [Fact]
    public async Task SlowAttempt_IsRetriedAndTheAnswerUsed()
    {
        _server.ReplyAfter(TimeSpan.FromSeconds(60), Answer(("Late", [1], [])));
        _server.ReplyDraft(Answer(("Saturday changes break the schedule", [1], [])));
        await using var services = Services(attemptTimeout: "00:00:01.500");

        var result = await WriteAsync(services);

        Assert.Equal(2, _server.Requests.Count);
        Assert.Contains(result.Themes, t => t.Name == "Saturday changes break the schedule");
    }

    [Fact]
    public async Task MalformedJson_KeepsTheEmbeddedSynthesis()
    {
        _server.ReplyContent("{\"themes\": [ {\"name\": \"unterminated");
        await using var services = Services();

        var result = await WriteAsync(services);

        Assert.Equal(SynthesisJson.Render(s_embedded), SynthesisJson.Render(result));
        Assert.Contains(_log, l => l.Contains("not the JSON asked for", StringComparison.Ordinal));
    }

    [Fact]
    public void EmbeddedSynthesis_IsTheDefault()
    {
        using var services = new ServiceCollection().AddLogging().AddPostCallWriter(new ConfigurationBuilder().Build()).BuildServiceProvider();

        Assert.IsType<EmbeddedSynthesisWriter>(services.GetRequiredService<ISynthesisWriter>());
    }
}

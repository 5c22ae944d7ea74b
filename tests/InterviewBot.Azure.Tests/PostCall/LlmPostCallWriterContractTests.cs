using System.Text.Json;
using InterviewBot.Azure.PostCall;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Azure.Tests.PostCall;

/// <summary>The LLM writer against a loopback server speaking the chat-completions protocol, including its failures.</summary>
public sealed class LlmPostCallWriterContractTests : IAsyncLifetime
{
    private const string Memorable = "Two weeks ago we made forty extra baguettes for a café that had cancelled on Friday night, and I just had to eat that.";
    private const string Pain = "Honestly, the part I really hate isn't the schedule, it's the Saturday wholesale changes.";
    private const string PainQuoted = "the part I really hate isn't the schedule, it's the Saturday wholesale changes."; // as every quote is cleaned: the opener cut
    private readonly ChatCompletionsServer _server = new();
    private readonly List<string> _log = [];
    private static readonly Lazy<InterviewSession> s_session = new(() => ReplayedSample.Session("bakery-bad.vtt", SessionSetup.Empty, "bakery"));

    public Task InitializeAsync() => _server.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private ServiceProvider Services(string provider = "openai", int maxChars = 200_000, string attemptTimeout = "00:00:05")
    {
        var endpoint = provider == "azure" ? _server.BaseUri.ToString() : new Uri(_server.BaseUri, "v1").ToString();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PostCall:Writer"] = "llm",
            ["PostCall:Llm:Provider"] = provider,
            ["PostCall:Llm:Endpoint"] = endpoint,
            ["PostCall:Llm:Model"] = "test-model",
            ["PostCall:Llm:ApiKey"] = "test-key",
            ["PostCall:Llm:MaxRetries"] = "2",
            ["PostCall:Llm:RetryBaseDelay"] = "00:00:00.050",
            ["PostCall:Llm:AttemptTimeout"] = attemptTimeout,
            ["PostCall:Llm:TotalTimeout"] = "00:00:30",
            ["PostCall:Llm:MaxTranscriptCharsPerRequest"] = maxChars.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        return new ServiceCollection()
            .AddLogging(b => b.AddProvider(new ListLoggerProvider(_log)))
            .AddPostCallWriter(config)
            .BuildServiceProvider();
    }

    private static async Task<(PostCallReport Llm, PostCallReport Embedded)> WriteAsync(ServiceProvider services)
    {
        var writer = services.GetRequiredService<IPostCallWriter>();
        Assert.IsType<LlmPostCallWriter>(writer);
        var report = await writer.WriteAsync(s_session.Value, CancellationToken.None);
        return (report, new EmbeddedPostCallWriter().Write(s_session.Value));
    }

    private static object Draft(string? memorable = Memorable, string[]? insights = null, string? context = Memorable, string[]? summary = null) => new
    {
        memorable_quote = memorable,
        key_insights = insights ?? [Pain],
        opportunities = new[] { Pain },
        context_quote = context,
        email_takeaways = new[] { Pain, Memorable },
        summary = summary ?? [],
    };

    [Fact]
    public async Task GroundedAnswer_IsUsedAndTheRequestAsksForTheSchema()
    {
        _server.ReplyDraft(Draft());
        await using var services = Services();

        var (report, _) = await WriteAsync(services);

        Assert.Equal(Memorable, report.Snapshot.MemorableQuote?.Text);
        Assert.Equal([PainQuoted], report.Snapshot.KeyInsights.Select(q => q.Text));
        Assert.Equal([PainQuoted, Memorable], report.Email.Takeaways.Select(q => q.Text));
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer test-key", request.Authorization);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("json_schema", body.RootElement.GetProperty("response_format").GetProperty("type").GetString());
        Assert.Contains("Saturday wholesale changes", body.RootElement.GetProperty("messages")[1].GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypographicApostrophes_StillMatchAndTheTranscriptsCharactersAreKept()
    {
        _server.ReplyDraft(Draft(insights: [Pain.Replace('\'', '\u2019')]));
        await using var services = Services();

        var (report, _) = await WriteAsync(services);

        Assert.Equal([PainQuoted], report.Snapshot.KeyInsights.Select(q => q.Text));
    }

    [Fact]
    public async Task HallucinatedQuote_IsDroppedAndTheFieldFallsBack()
    {
        _server.ReplyDraft(Draft(memorable: "Crumbly changed my life and saved me twenty hours a week.", insights: [Pain, "We would pay $500 a month for this."]));
        await using var services = Services();

        var (report, embedded) = await WriteAsync(services);

        Assert.Equal(embedded.Snapshot.MemorableQuote, report.Snapshot.MemorableQuote);
        Assert.Equal([PainQuoted], report.Snapshot.KeyInsights.Select(q => q.Text));
        Assert.Contains(_log, l => l.Contains("not in the transcript", StringComparison.Ordinal) && l.Contains("Crumbly changed my life", StringComparison.Ordinal));
        Assert.Contains(_log, l => l.Contains("memorable_quote falls back", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SummaryLine_WithAMadeUpName_IsDroppedAndTheTraceableOneKept()
    {
        const string traceable = "Supplies six cafés; wrote everything in a spiral notebook before trying Orderly.";
        const string madeUp = "Already pays for BakeryPro and would switch to Crumbly.";
        _server.ReplyDraft(Draft(summary: [madeUp, traceable]));
        await using var services = Services();

        var (report, _) = await WriteAsync(services);

        Assert.Equal([traceable], report.Snapshot.Summary);
        Assert.Contains(_log, l => l.Contains("never said (BakeryPro", StringComparison.Ordinal));
        Assert.Contains("Orderly", Assert.Single(_server.Requests).Body, StringComparison.Ordinal); // the extracted facts went to the model as grounding
    }

    [Fact]
    public async Task SentenceTheModelPicksTwice_IsQuotedInOneSectionOnly()
    {
        _server.ReplyDraft(Draft(insights: [Pain]));
        await using var services = Services();

        var (report, _) = await WriteAsync(services);

        Assert.Equal([PainQuoted], report.Snapshot.KeyInsights.Select(q => q.Text));
        Assert.DoesNotContain(report.Snapshot.Opportunities.Concat(report.Snapshot.Complaints), q => q.Text.Contains("Saturday wholesale", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InterviewerWords_AreNotAcceptedAsTheIntervieweesQuote()
    {
        _server.ReplyDraft(Draft(memorable: "So I bet you spend hours every week on the staff schedule, right?"));
        await using var services = Services();

        var (report, embedded) = await WriteAsync(services);

        Assert.Equal(embedded.Snapshot.MemorableQuote, report.Snapshot.MemorableQuote);
    }

    [Fact]
    public async Task MalformedJson_KeepsTheWholeEmbeddedReport()
    {
        _server.ReplyContent("{\"memorable_quote\": \"unterminated");
        await using var services = Services();

        var (report, embedded) = await WriteAsync(services);

        Assert.Equal(embedded.Snapshot.MemorableQuote, report.Snapshot.MemorableQuote);
        Assert.Equal(embedded.Email.Body, report.Email.Body);
        Assert.Contains(_log, l => l.Contains("not the JSON asked for", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TooManyRequests_IsRetriedAfterRetryAfter()
    {
        _server.ReplyStatus(429, retryAfter: "1");
        _server.ReplyDraft(Draft());
        await using var services = Services();

        var (report, _) = await WriteAsync(services);

        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(Memorable, report.Snapshot.MemorableQuote?.Text);
    }

    [Fact]
    public async Task ServerErrorEveryTime_FallsBackWithTheReportIntact()
    {
        for (var i = 0; i < 3; i++) _server.ReplyStatus(500);
        await using var services = Services();

        var (report, embedded) = await WriteAsync(services);

        Assert.Equal(3, _server.Requests.Count); // the first try and two retries
        Assert.Equal(embedded.Snapshot.KeyInsights, report.Snapshot.KeyInsights);
        Assert.Equal(embedded.Scorecard.Passed, report.Scorecard.Passed);
        Assert.Contains(_log, l => l.Contains("request 1/1 failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlowAttempt_TimesOutAndIsRetried()
    {
        _server.ReplyAfter(TimeSpan.FromSeconds(60), Draft(memorable: null));
        _server.ReplyDraft(Draft());
        await using var services = Services(attemptTimeout: "00:00:01.500");

        var (report, _) = await WriteAsync(services);

        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(Memorable, report.Snapshot.MemorableQuote?.Text);
    }

    [Fact]
    public async Task LongTranscript_IsSentInChunksThatEachFit()
    {
        for (var i = 0; i < 20; i++) _server.ReplyDraft(Draft());
        await using var services = Services(maxChars: 4_000);

        await WriteAsync(services);

        Assert.True(_server.Requests.Count >= 4, $"{_server.Requests.Count} requests");
        Assert.All(_server.Requests, r => Assert.True(JsonDocument.Parse(r.Body).RootElement.GetProperty("messages")[1].GetProperty("content").GetString()!.Length < 4_400));
    }

    [Fact]
    public async Task AzureProvider_CallsTheDeploymentWithItsApiKey()
    {
        _server.ReplyDraft(Draft());
        await using var services = Services(provider: "azure");

        var (report, _) = await WriteAsync(services);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("/openai/deployments/test-model/chat/completions", request.Path);
        Assert.Equal("test-key", request.ApiKey);
        Assert.Equal(Memorable, report.Snapshot.MemorableQuote?.Text);
    }

    [Fact]
    public void EmbeddedWriter_IsTheDefault()
    {
        using var services = new ServiceCollection().AddLogging().AddPostCallWriter(new ConfigurationBuilder().Build()).BuildServiceProvider();

        Assert.IsType<EmbeddedPostCallWriter>(services.GetRequiredService<IPostCallWriter>());
    }
}

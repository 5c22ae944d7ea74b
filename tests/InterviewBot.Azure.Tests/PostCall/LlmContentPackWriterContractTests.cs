using InterviewBot.Azure.PostCall;
using InterviewBot.Core.ContentPack;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Azure.Tests.PostCall;

/// <summary>The LLM content-pack writer against a loopback chat-completions server: grounded drafts are used, invented ones replaced.</summary>
public sealed class LlmContentPackWriterContractTests : IAsyncLifetime
{
    private const string Result = "Our no-show rate went from eleven percent to four percent over the first six months.";
    private readonly ChatCompletionsServer _server = new();
    private readonly List<string> _log = [];
    private static readonly Lazy<InterviewSession> s_session = new(() => ReplayedSample.Session("physio-case-study.vtt", new SessionSetup(Kind: InterviewKind.CaseStudy), "physio"));

    public Task InitializeAsync() => _server.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<(ContentPack Llm, ContentPack Embedded)> WriteAsync()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PostCall:Writer"] = "llm",
            ["PostCall:Llm:Endpoint"] = new Uri(_server.BaseUri, "v1").ToString(),
            ["PostCall:Llm:Model"] = "test-model",
            ["PostCall:Llm:ApiKey"] = "test-key",
            ["PostCall:Llm:MaxRetries"] = "1",
            ["PostCall:Llm:RetryBaseDelay"] = "00:00:00.050",
        }).Build();
        await using var services = new ServiceCollection().AddLogging(b => b.AddProvider(new ListLoggerProvider(_log))).AddPostCallWriter(config).BuildServiceProvider();
        var writer = services.GetRequiredService<IContentPackWriter>();
        Assert.IsType<LlmContentPackWriter>(writer);
        var report = new EmbeddedPostCallWriter().Write(s_session.Value);
        return (await writer.WriteAsync(report, s_session.Value, CancellationToken.None), ContentPackBuilder.Build(report, s_session.Value, Core.Coaching.CoachFactory.Classifier));
    }

    [Fact]
    public async Task GroundedPosts_AreUsed()
    {
        _server.ReplyDraft(new
        {
            linkedin = $"How Northside Physio got its mornings back.\n\n\u201C{Result}\u201D\n\nThat is what Dana Whitaker told us.",
            newsletter = $"Customer story: \u201C{Result}\u201D",
        });

        var (pack, _) = await WriteAsync();

        Assert.StartsWith("How Northside Physio got its mornings back.", pack.LinkedIn, StringComparison.Ordinal);
        Assert.StartsWith("Customer story:", pack.Newsletter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HallucinatedNumber_IsCaughtAndReplaced()
    {
        _server.ReplyDraft(new
        {
            linkedin = $"Northside Physio cut no-shows by 70% in a month. \u201C{Result}\u201D",
            newsletter = $"Customer story: \u201C{Result}\u201D",
        });

        var (pack, embedded) = await WriteAsync();

        Assert.Equal(embedded.LinkedIn, pack.LinkedIn);
        Assert.StartsWith("Customer story:", pack.Newsletter, StringComparison.Ordinal);
        Assert.Contains(_log, l => l.Contains("number not in the transcript: 70%", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HallucinatedQuote_IsCaughtAndReplaced()
    {
        _server.ReplyDraft(new
        {
            linkedin = $"\u201C{Result}\u201D",
            newsletter = "\u201CSlotwise is the best thing that ever happened to our clinic.\u201D",
        });

        var (pack, embedded) = await WriteAsync();

        Assert.Equal(embedded.Newsletter, pack.Newsletter);
        Assert.Contains(_log, l => l.Contains("quote not said by the interviewee", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OverlongNewsletter_IsReplaced()
    {
        _server.ReplyDraft(new { linkedin = $"\u201C{Result}\u201D", newsletter = string.Join(' ', Enumerable.Repeat("calm", 201)) });

        var (pack, embedded) = await WriteAsync();

        Assert.Equal(embedded.Newsletter, pack.Newsletter);
    }

    [Fact]
    public async Task UnreachableModel_KeepsTheEmbeddedPack()
    {
        _server.ReplyStatus(500);
        _server.ReplyStatus(500);

        var (pack, embedded) = await WriteAsync();

        Assert.Equal(embedded.LinkedIn, pack.LinkedIn);
        Assert.Equal(embedded.CaseStudy, pack.CaseStudy);
    }
}

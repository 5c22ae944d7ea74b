using InterviewBot.Azure.Speech;
using InterviewBot.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Azure.Tests.Speech;

/// <summary>Both recognizers against a loopback server replaying the documented response shapes and failures.</summary>
public sealed class SpeechRecognizerContractTests : IAsyncLifetime
{
    private readonly SpeechApiServer _server = new();
    private static readonly SegmentAudio s_segment = new("p1", TimeSpan.FromSeconds(12), Enumerable.Range(0, 16_000).Select(i => (short)(i % 200 * 50)).ToArray());

    public Task InitializeAsync() => _server.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<RecognitionResult> RecognizeAsync(string provider, string attemptTimeout = "00:00:05")
    {
        var endpoint = provider == "openai" ? new Uri(_server.BaseUri, "v1").ToString() : _server.BaseUri.ToString();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Speech:Provider"] = provider,
            ["Speech:Endpoint"] = endpoint,
            ["Speech:Key"] = "speech-key",
            ["Speech:Language"] = "en-US",
            ["Speech:MaxRetries"] = "2",
            ["Speech:RetryBaseDelay"] = "00:00:00.050",
            ["Speech:AttemptTimeout"] = attemptTimeout,
        }).Build();
        await using var services = new ServiceCollection().AddSpeechRecognizer(config).BuildServiceProvider();
        return await services.GetRequiredService<ISpeechRecognizer>().RecognizeAsync(s_segment, CancellationToken.None);
    }

    private const string Success = """
        {"RecognitionStatus":"Success","Offset":1800000,"Duration":32400000,
         "NBest":[{"Confidence":0.93,"Lexical":"we lost two receptionists in one year","ITN":"we lost 2 receptionists in 1 year","MaskedITN":"we lost 2 receptionists in 1 year","Display":"We lost two receptionists in one year."}]}
        """;

    [Fact]
    public async Task Azure_Success_ReturnsTheBestDisplayTextAndSendsTheDocumentedRequest()
    {
        _server.Reply(200, Success);

        var result = await RecognizeAsync("azure");

        Assert.Equal((RecognitionStatus.Recognized, "We lost two receptionists in one year.", 0.93), (result.Status, result.Text, result.Confidence));
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/speech/recognition/conversation/cognitiveservices/v1", request.Path);
        Assert.Equal("?language=en-US&format=detailed", request.Query);
        Assert.Equal("audio/wav; codecs=audio/pcm; samplerate=16000", request.ContentType);
        Assert.Equal("speech-key", request.Key);
        Assert.Equal("RIFF"u8.ToArray(), request.Audio[..4]);
        Assert.Equal(44 + 32_000, request.Audio.Length);
    }

    [Theory]
    [InlineData("NoMatch")]
    [InlineData("InitialSilenceTimeout")]
    public async Task Azure_NothingHeard_IsNoMatch(string status)
    {
        _server.Reply(200, $$"""{"RecognitionStatus":"{{status}}","Offset":0,"Duration":0}""");

        Assert.Equal(RecognitionStatus.NoMatch, (await RecognizeAsync("azure")).Status);
    }

    [Fact]
    public async Task Azure_BadKey_FailsAtOnceWithoutRetrying()
    {
        _server.Reply(401, """{"error":{"code":"401","message":"Access denied"}}""");

        var result = await RecognizeAsync("azure");

        Assert.Equal(RecognitionStatus.Failed, result.Status);
        Assert.Contains("refused the credentials (401)", result.Text, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Azure_TooManyRequests_IsRetriedAfterRetryAfter()
    {
        _server.Reply(429, "{}", retryAfter: "1");
        _server.Reply(200, Success);

        var result = await RecognizeAsync("azure");

        Assert.Equal(RecognitionStatus.Recognized, result.Status);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Azure_ServerErrorEveryTime_FailsAfterTheRetries()
    {
        for (var i = 0; i < 3; i++) _server.Reply(500, "{}");

        var result = await RecognizeAsync("azure");

        Assert.Equal(RecognitionStatus.Failed, result.Status);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task Azure_TooSlowEveryTime_FailsInsteadOfHanging()
    {
        for (var i = 0; i < 3; i++) _server.Reply(200, Success, delay: TimeSpan.FromSeconds(5));

        var result = await RecognizeAsync("azure", attemptTimeout: "00:00:00.300");

        Assert.Equal(RecognitionStatus.Failed, result.Status);
        Assert.Contains("unavailable", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Azure_MalformedAnswer_IsAFailureNotAnException()
    {
        _server.Reply(200, "<html>gateway</html>");

        Assert.Equal(RecognitionStatus.Failed, (await RecognizeAsync("azure")).Status);
    }

    [Fact]
    public async Task OpenAi_Success_PostsTheSegmentAsMultipartAndReturnsTheText()
    {
        _server.Reply(200, """{"text":" We lost two receptionists in one year. "}""");

        var result = await RecognizeAsync("openai");

        Assert.Equal((RecognitionStatus.Recognized, "We lost two receptionists in one year."), (result.Status, result.Text));
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/v1/audio/transcriptions", request.Path);
        Assert.Equal("Bearer speech-key", request.Authorization);
        Assert.Equal("whisper-1", request.Form["model"]);
        Assert.Equal("en", request.Form["language"]);
        Assert.Equal(44 + 32_000, request.Audio.Length);
    }

    [Fact]
    public async Task OpenAi_EmptyText_IsNoMatch()
    {
        _server.Reply(200, """{"text":""}""");

        Assert.Equal(RecognitionStatus.NoMatch, (await RecognizeAsync("openai")).Status);
    }
}

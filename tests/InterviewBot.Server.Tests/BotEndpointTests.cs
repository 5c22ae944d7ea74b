using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using InterviewBot.Server.Tests.TestSupport;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Protocol;
using InterviewBot.Teams.Tests.TestSupport;

namespace InterviewBot.Server.Tests;

/// <summary><c>POST /api/messages</c> over HTTP: nothing reaches the coach unless the token is right.</summary>
public sealed class BotEndpointTests : IAsyncLifetime
{
    private readonly TokenIssuer _issuer = new();
    private readonly RecordingConnector _connector = new();
    private readonly HttpClient _http = new();
    private RunningServer _server = null!;
    private Activities _teams = null!;

    public async Task InitializeAsync()
    {
        await _issuer.StartAsync();
        await _connector.StartAsync();
        _server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = TokenIssuer.AppId,
            ["Bot:AppPassword"] = "secret",
            ["Bot:TokenEndpoint"] = _connector.TokenEndpoint.ToString(),
            ["Bot:OpenIdMetadataUrl"] = _issuer.MetadataUrl.ToString(),
            ["Coach:PublicBaseUrl"] = "https://coach.example.com/",
        });
        _teams = new Activities(_connector.BaseUri);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        await _connector.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    /// <summary>A token from the channel for an activity from our recording connector's service URL.</summary>
    private string Good() => _issuer.Token(serviceUrl: _connector.BaseUri.ToString());

    private async Task<HttpResponseMessage> PostAsync(Activity activity, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_server.BaseUri, "api/messages"))
        {
            Content = JsonContent.Create(activity, TeamsJson.Activity),
        };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await _http.SendAsync(request);
    }

    [Fact]
    public async Task AuthenticatedInstall_IsProcessed()
    {
        using var response = await PostAsync(_teams.Installed(), "Bearer " + Good());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_connector.Posted, c => c.ConversationId == Activities.MeetingChat);
    }

    public static TheoryData<string> BadTokens => new()
    {
        "missing", "basic", "empty", "garbage", "unknown-key", "expired", "not-yet-valid", "wrong-issuer", "wrong-audience", "other-service-url", "no-service-url", "tampered", "hs256-none",
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task BadToken_Gets401_AndNothingIsProcessed(string kind)
    {
        var now = DateTime.UtcNow;
        var url = _connector.BaseUri.ToString();
        string? header = kind switch
        {
            "missing" => null,
            "basic" => "Basic dXNlcjpwYXNz",
            "empty" => "Bearer",
            "garbage" => "Bearer eyJ.not.a-token",
            "unknown-key" => "Bearer " + _issuer.Token(TokenIssuer.NewKey("rogue"), serviceUrl: url),
            "expired" => "Bearer " + _issuer.Token(serviceUrl: url, notBefore: now.AddHours(-1), expires: now.AddMinutes(-6)),
            "not-yet-valid" => "Bearer " + _issuer.Token(serviceUrl: url, notBefore: now.AddMinutes(7), expires: now.AddMinutes(60)),
            "wrong-issuer" => "Bearer " + _issuer.Token(issuer: "https://login.example.com/", serviceUrl: url),
            "wrong-audience" => "Bearer " + _issuer.Token(audience: "another-bot", serviceUrl: url),
            "other-service-url" => "Bearer " + _issuer.Token(serviceUrl: "https://attacker.example.com/"),
            "no-service-url" => "Bearer " + _issuer.Token(serviceUrl: null),
            "tampered" => "Bearer " + Good()[..^4] + "AAAA",
            "hs256-none" => "Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        using var response = await PostAsync(_teams.Installed(), header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.Calls);
        Assert.Null(_server.Get<MeetingRegistry>().Find(Activities.MeetingChat));
    }

    [Fact]
    public async Task UnendorsedChannel_Gets403()
    {
        using var response = await PostAsync(_teams.Installed() with { ChannelId = "telegram" }, "Bearer " + Good());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Theory]
    [InlineData("{not json", "not an activity")]
    [InlineData("{\"text\":\"no type\"}", "no type")]
    [InlineData("[1,2]", "not an activity")]
    public async Task MalformedActivity_Gets400WithTheReason(string body, string reason)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri(_server.BaseUri, "api/messages"), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardAction_AnswersWithTheInvokeResponseBody()
    {
        using (await PostAsync(_teams.Installed(), "Bearer " + Good())) { }

        using var response = await PostAsync(_teams.Press("setup", new { meeting = Activities.MeetingChat, goal = "learn how clinics book rooms", plannedMinutes = "20" }), "Bearer " + Good());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Contains("Coach is set up", body.RootElement.GetProperty("value").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_IsServed()
    {
        using var response = await _http.GetAsync(new Uri(_server.BaseUri, "healthz"));

        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReportLink_ServesTheArtefact_OnlyWithItsToken()
    {
        const string session = "teams-20261125-101010-abcdef12";
        Directory.CreateDirectory(Path.Combine(_server.DataDirectory, "artifacts", session));
        await File.WriteAllTextAsync(Path.Combine(_server.DataDirectory, "artifacts", session, "report.html"), "<h1>report</h1>");
        var link = _server.Get<ReportLinks>().For(session, "report.html")!;
        Assert.StartsWith("https://coach.example.com/reports/", link.ToString(), StringComparison.Ordinal);

        using var good = await _http.GetAsync(new Uri(_server.BaseUri, link.PathAndQuery.TrimStart('/')));
        using var forged = await _http.GetAsync(new Uri(_server.BaseUri, $"reports/{session}/AAAAAAAAAAAAAAAAAAAAAA/report.html"));
        using var otherFile = await _http.GetAsync(new Uri(_server.BaseUri, link.PathAndQuery.TrimStart('/').Replace("report.html", "appsettings.json", StringComparison.Ordinal)));

        Assert.Equal((HttpStatusCode.OK, "<h1>report</h1>"), (good.StatusCode, await good.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherFile.StatusCode);
    }
}

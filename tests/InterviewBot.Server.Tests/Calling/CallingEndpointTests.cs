using System.Net;
using System.Text;
using InterviewBot.Server.Tests.TestSupport;
using InterviewBot.Teams.Tests.TestSupport;
using Microsoft.IdentityModel.Tokens;

namespace InterviewBot.Server.Tests.Calling;

/// <summary>
/// <c>POST /api/calling</c> over HTTP: every Graph call notification's token is checked before its body is even read —
/// so a bad token with a broken body is a 401, not a 400 — against keys from the calling OpenID metadata (a loopback issuer).
/// </summary>
public sealed class CallingEndpointTests : IAsyncLifetime
{
    private const string Tenant = "tenant-1";
    // Graph's documented shape (commsNotifications: changeType, resourceUrl, resourceData), for a call this server is not in.
    private const string Notification = """{"@odata.type":"#microsoft.graph.commsNotifications","value":[{"@odata.type":"#microsoft.graph.commsNotification","changeType":"updated","resourceUrl":"/communications/calls/unknown-call","resourceData":{"@odata.type":"#microsoft.graph.call","state":"established"}}]}""";
    private readonly TokenIssuer _issuer = new();
    private readonly HttpClient _http = new();
    private RunningServer _server = null!;

    public async Task InitializeAsync()
    {
        await _issuer.StartAsync();
        _server = await RunningServer.StartAsync(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = TokenIssuer.AppId,
            ["Bot:TenantId"] = Tenant,
            ["Bot:OpenIdMetadataUrl"] = _issuer.MetadataUrl.ToString(),
            ["Bot:EntraAuthority"] = _issuer.BaseUri.ToString(),
            ["Calling:OpenIdMetadataUrl"] = _issuer.MetadataUrl.ToString(),
            ["Coach:PublicBaseUrl"] = "https://coach.example.com/",
        });
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        await _issuer.DisposeAsync();
    }

    private async Task<HttpStatusCode> PostAsync(string? authorization, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_server.BaseUri, "api/calling")) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await _http.SendAsync(request);
        return response.StatusCode;
    }

    private static readonly Dictionary<string, object> s_tenant = new() { ["tid"] = Tenant };

    [Fact]
    public async Task ValidToken_ANotification_IsAccepted() =>
        Assert.Equal(HttpStatusCode.Accepted, await PostAsync("Bearer " + _issuer.Token(serviceUrl: null, claims: s_tenant), Notification));

    [Fact]
    public async Task ValidToken_GraphAsIssuer_IsAccepted() =>
        Assert.Equal(HttpStatusCode.Accepted, await PostAsync("Bearer " + _issuer.Token(issuer: "https://graph.microsoft.com", serviceUrl: null, claims: s_tenant), Notification));

    [Fact]
    public async Task ValidToken_ABodyThatIsNoNotification_IsABadRequest() =>
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync("Bearer " + _issuer.Token(serviceUrl: null, claims: s_tenant), "{not json"));

    [Theory]
    [InlineData("""{"value":[]}""")]
    [InlineData("""{"value":[{"changeType":"updated","resourceUrl":"/communications/calls/c"}]}""")]
    public async Task ValidToken_ANotificationTheSdkCannotRead_IsABadRequest(string body) =>
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync("Bearer " + _issuer.Token(serviceUrl: null, claims: s_tenant), body));

    [Theory]
    [InlineData("none")]
    [InlineData("basic")]
    [InlineData("not-a-jwt")]
    [InlineData("other-issuer")]
    [InlineData("other-audience")]
    [InlineData("expired")]
    [InlineData("not-yet-valid")]
    [InlineData("unknown-key")]
    [InlineData("other-tenant")]
    [InlineData("no-tenant")]
    [InlineData("tampered")]
    public async Task BadToken_IsRefusedBeforeTheBodyIsRead(string kind)
    {
        var now = DateTime.UtcNow;
        var token = kind switch
        {
            "none" => null,
            "basic" => "Basic dXNlcjpwYXNz",
            "not-a-jwt" => "Bearer not-a-jwt",
            "other-issuer" => "Bearer " + _issuer.Token(issuer: "https://evil.example.com", serviceUrl: null, claims: s_tenant),
            "other-audience" => "Bearer " + _issuer.Token(audience: "another-app", serviceUrl: null, claims: s_tenant),
            "expired" => "Bearer " + _issuer.Token(serviceUrl: null, notBefore: now.AddHours(-2), expires: now.AddHours(-1), claims: s_tenant),
            "not-yet-valid" => "Bearer " + _issuer.Token(serviceUrl: null, notBefore: now.AddHours(1), expires: now.AddHours(2), claims: s_tenant),
            "unknown-key" => "Bearer " + _issuer.Token(key: TokenIssuer.NewKey("rogue"), serviceUrl: null, claims: s_tenant),
            "other-tenant" => "Bearer " + _issuer.Token(serviceUrl: null, claims: new Dictionary<string, object> { ["tid"] = "tenant-2" }),
            "no-tenant" => "Bearer " + _issuer.Token(serviceUrl: null),
            _ => "Bearer " + Tamper(_issuer.Token(serviceUrl: null, claims: s_tenant)),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(token, "{not json"));
    }

    /// <summary>The same token with its payload changed (the tenant swapped) and the old signature kept.</summary>
    private static string Tamper(string jwt)
    {
        var parts = jwt.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace(Tenant, "tenant-9", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }
}

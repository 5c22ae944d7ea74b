using System.Security.Cryptography;
using System.Text;
using InterviewBot.Teams.Auth;
using InterviewBot.Teams.Protocol;
using InterviewBot.Teams.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace InterviewBot.Teams.Tests.Auth;

public sealed class BotTokenValidatorTests : IAsyncLifetime
{
    private readonly TokenIssuer _issuer = new();
    private readonly HttpClient _http = new();
    private BotTokenValidator _validator = null!;

    public async Task InitializeAsync()
    {
        await _issuer.StartAsync();
        _validator = Validator();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _issuer.DisposeAsync();
    }

    private BotTokenValidator Validator(string? tenant = null) => new(Options.Create(new BotOptions
    {
        AppId = TokenIssuer.AppId,
        TenantId = tenant,
        OpenIdMetadataUrl = _issuer.MetadataUrl,
        EntraAuthority = _issuer.BaseUri,
    }), _http, NullLogger<BotTokenValidator>.Instance);

    private static Activity FromTeams(string serviceUrl = TokenIssuer.ServiceUrl, string channel = "msteams") =>
        new() { Type = "message", ChannelId = channel, ServiceUrl = serviceUrl, Text = "hi" };

    private Task<BotAuthResult> Check(string? header, Activity? activity = null) => _validator.ValidateAsync(header, activity ?? FromTeams(), CancellationToken.None);

    [Fact]
    public async Task ValidToken_FromTheChannel_IsAccepted()
    {
        var result = await Check("Bearer " + _issuer.Token());

        Assert.True(result.IsAuthenticated, result.Reason);
    }

    [Fact]
    public async Task ExpiredWithinTheClockSkew_IsAccepted()
    {
        var now = DateTime.UtcNow;
        var result = await Check("Bearer " + _issuer.Token(notBefore: now.AddMinutes(-30), expires: now.AddMinutes(-2)));

        Assert.True(result.IsAuthenticated, result.Reason);
    }

    [Fact]
    public async Task ServiceUrl_DiffersOnlyByTrailingSlashOrCase_IsAccepted()
    {
        var result = await Check("Bearer " + _issuer.Token(), FromTeams("https://SMBA.trafficmanager.net/amer"));

        Assert.True(result.IsAuthenticated, result.Reason);
    }

    public static TheoryData<string, string> BadTokens => new()
    {
        { "missing header", "" },
        { "not a bearer scheme", "Basic dXNlcjpwYXNz" },
        { "empty bearer", "Bearer " },
        { "not a JWT", "Bearer not-a-token" },
        { "malformed JWT", "Bearer eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.c2ln" },
        { "unsigned", "unsigned" },
        { "signed with an unpublished key", "unknown-key" },
        { "signed with another key under a published kid", "forged-kid" },
        { "expired", "expired" },
        { "not yet valid", "not-yet-valid" },
        { "wrong issuer", "wrong-issuer" },
        { "wrong audience", "wrong-audience" },
        { "serviceUrl mismatch", "other-service-url" },
        { "no serviceurl claim", "no-service-url" },
        { "symmetric HS256 signature", "hs256" },
        { "tampered payload", "tampered" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task BadToken_IsRefusedWith401(string why, string kind)
    {
        var now = DateTime.UtcNow;
        var header = kind switch
        {
            "" or "Basic dXNlcjpwYXNz" or "Bearer " or "Bearer not-a-token" => kind,
            _ when kind.StartsWith("Bearer ", StringComparison.Ordinal) => kind,
            "unsigned" => "Bearer " + Unsigned(),
            "unknown-key" => "Bearer " + _issuer.Token(TokenIssuer.NewKey("key-x")),
            "forged-kid" => "Bearer " + _issuer.Token(TokenIssuer.NewKey(_issuer.Published.KeyId)),
            "expired" => "Bearer " + _issuer.Token(notBefore: now.AddHours(-2), expires: now.AddMinutes(-10)),
            "not-yet-valid" => "Bearer " + _issuer.Token(notBefore: now.AddMinutes(10), expires: now.AddMinutes(40)),
            "wrong-issuer" => "Bearer " + _issuer.Token(issuer: "https://sts.example.com/"),
            "wrong-audience" => "Bearer " + _issuer.Token(audience: "00000000-0000-0000-0000-000000000000"),
            "other-service-url" => "Bearer " + _issuer.Token(serviceUrl: "https://attacker.example.com/"),
            "no-service-url" => "Bearer " + _issuer.Token(serviceUrl: null),
            "hs256" => "Bearer " + Symmetric(),
            "tampered" => "Bearer " + Tampered(_issuer.Token()),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var result = await Check(header.Length == 0 ? null : header);

        Assert.False(result.IsAuthenticated, why);
        Assert.Equal(401, result.Status);
        Assert.False(string.IsNullOrEmpty(result.Reason));
    }

    [Fact]
    public async Task KeyThatDoesNotEndorseTheChannel_IsRefusedWith403()
    {
        var result = await Check("Bearer " + _issuer.Token(), FromTeams(channel: "slack"));

        Assert.Equal((false, 403), (result.IsAuthenticated, result.Status));
        Assert.Contains("endorse", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RolledKey_IsFetchedOnce_AndThenAccepted()
    {
        Assert.True((await Check("Bearer " + _issuer.Token())).IsAuthenticated);
        var reads = _issuer.MetadataReads;
        var rolled = TokenIssuer.NewKey("key-2");
        _issuer.Publish(rolled, "msteams");

        var result = await Check("Bearer " + _issuer.Token(rolled));

        Assert.True(result.IsAuthenticated, result.Reason);
        Assert.Equal(reads + 1, _issuer.MetadataReads);
    }

    [Fact]
    public async Task SigningKeys_AreCachedBetweenActivities()
    {
        await Check("Bearer " + _issuer.Token());
        var reads = _issuer.MetadataReads;

        for (var i = 0; i < 5; i++) Assert.True((await Check("Bearer " + _issuer.Token())).IsAuthenticated);

        Assert.Equal(reads, _issuer.MetadataReads);
    }

    [Fact]
    public async Task SingleTenantBot_AcceptsItsTenantsEntraIssuer()
    {
        const string tenant = "7f2b5c1e-1111-4d2b-9d7c-3f8b8d4c2a11";
        var validator = Validator(tenant);
        var token = _issuer.Token(issuer: new Uri(_issuer.BaseUri, $"{tenant}/v2.0").ToString(), serviceUrl: null);

        var result = await validator.ValidateAsync("Bearer " + token, FromTeams(), CancellationToken.None);

        Assert.True(result.IsAuthenticated, result.Reason);
    }

    [Fact]
    public async Task SingleTenantBot_RefusesAnotherTenantsIssuer()
    {
        var validator = Validator("7f2b5c1e-1111-4d2b-9d7c-3f8b8d4c2a11");
        var token = _issuer.Token(issuer: new Uri(_issuer.BaseUri, "99999999-2222-4d2b-9d7c-3f8b8d4c2a11/v2.0").ToString(), serviceUrl: null);

        var result = await validator.ValidateAsync("Bearer " + token, FromTeams(), CancellationToken.None);

        Assert.Equal(401, result.Status);
    }

    [Fact]
    public async Task MultiTenantBot_RefusesEntraIssuers()
    {
        var token = _issuer.Token(issuer: new Uri(_issuer.BaseUri, "7f2b5c1e-1111-4d2b-9d7c-3f8b8d4c2a11/v2.0").ToString(), serviceUrl: null);

        Assert.Equal(401, (await Check("Bearer " + token)).Status);
    }

    private static string Unsigned()
    {
        static string B64(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
        var exp = DateTimeOffset.UtcNow.AddMinutes(30).ToUnixTimeSeconds();
        return $"{B64("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{B64($"{{\"iss\":\"{TokenIssuer.BotFramework}\",\"aud\":\"{TokenIssuer.AppId}\",\"exp\":{exp},\"serviceurl\":\"{TokenIssuer.ServiceUrl}\"}}")}.";
    }

    private static string Symmetric()
    {
        var key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = "key-1" };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenIssuer.BotFramework,
            Audience = TokenIssuer.AppId,
            Expires = DateTime.UtcNow.AddMinutes(30),
            Claims = new Dictionary<string, object> { ["serviceurl"] = TokenIssuer.ServiceUrl },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>The same token with its audience changed after signing.</summary>
    private static string Tampered(string token)
    {
        var parts = token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace(TokenIssuer.ServiceUrl, "https://attacker.example.com/", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";
    }
}

using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using InterviewBot.Tests.Shared;

namespace InterviewBot.Teams.Tests.TestSupport;

/// <summary>
/// Plays the Bot Framework token service's published side: an OpenID configuration and a JWKS whose keys carry
/// <c>endorsements</c>, exactly the documented shapes, and signs tokens with its keys (or with keys it does not publish).
/// </summary>
internal sealed class TokenIssuer : Loopback
{
    public const string BotFramework = "https://api.botframework.com";
    public const string AppId = "3c5a8e0e-6a4c-4d2b-9d7c-3f8b8d4c2a11";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private readonly List<(RsaSecurityKey Key, string[] Endorsements)> _published = [];

    public TokenIssuer()
    {
        Published = NewKey("key-1");
        _published.Add((Published, ["msteams", "webchat"]));
        App.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new JsonObject
        {
            ["issuer"] = BotFramework,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = new Uri(BaseUri, "v1/.well-known/keys").ToString(),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        }));
        App.MapGet("/v1/.well-known/keys", () => { MetadataReads++; return Results.Json(Jwks()); });
        // A single-tenant bot's own tenant, as Microsoft Entra ID publishes it.
        App.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new JsonObject
        {
            ["issuer"] = new Uri(BaseUri, $"{tenant}/v2.0").ToString(),
            ["jwks_uri"] = new Uri(BaseUri, "v1/.well-known/keys").ToString(),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }));
    }

    public RsaSecurityKey Published { get; }

    public int MetadataReads { get; private set; }

    public Uri MetadataUrl => new(BaseUri, "v1/.well-known/openidconfiguration");

    public static RsaSecurityKey NewKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    /// <summary>Starts publishing another key (a key rollover).</summary>
    public void Publish(RsaSecurityKey key, params string[] endorsements) => _published.Add((key, endorsements));

    public string Token(
        RsaSecurityKey? key = null, string issuer = BotFramework, string? audience = AppId, string? serviceUrl = ServiceUrl,
        DateTime? notBefore = null, DateTime? expires = null, string algorithm = SecurityAlgorithms.RsaSha256, IReadOnlyDictionary<string, object>? claims = null)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var all = new Dictionary<string, object>(claims ?? new Dictionary<string, object>());
        if (serviceUrl is not null) all["serviceurl"] = serviceUrl;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = (notBefore ?? now.AddMinutes(-1)),
            Expires = expires ?? now.AddMinutes(30),
            Claims = all,
            Subject = new ClaimsIdentity(),
            SigningCredentials = new SigningCredentials(key ?? Published, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private JsonObject Jwks()
    {
        var keys = new JsonArray();
        foreach (var (key, endorsements) in _published)
        {
            var p = key.Rsa.ExportParameters(false);
            keys.Add(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(p.Modulus),
                ["e"] = Base64UrlEncoder.Encode(p.Exponent),
                ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)e).ToArray()),
            });
        }
        return new JsonObject { ["keys"] = keys };
    }
}

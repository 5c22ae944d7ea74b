using System.ComponentModel.DataAnnotations;

namespace InterviewBot.Teams;

/// <summary>
/// The bot's identity and how activities are authenticated (configuration section <c>Bot</c>). The password
/// comes from user secrets, the environment or Key Vault, never from a file in the repo.
/// </summary>
public sealed class BotOptions : IValidatableObject
{
    public const string Section = "Bot";

    /// <summary>The Microsoft App ID: the audience of inbound tokens and the client id of outbound ones.</summary>
    public string? AppId { get; set; }

    /// <summary>The app's client secret, for the connector token (empty: calls go out without a token, as the local playground expects).</summary>
    public string? AppPassword { get; set; }

    /// <summary>Set for a single-tenant bot: its tenant issues tokens and is the authority for outbound ones.</summary>
    public string? TenantId { get; set; }

    /// <summary>Local development only: accept activities without a token. Logged as a warning at start.</summary>
    public bool DisableAuthenticationForLocalDevelopment { get; set; }

    [Required]
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>Microsoft Entra ID, for single-tenant issuers and for outbound tokens.</summary>
    [Required]
    public Uri EntraAuthority { get; set; } = new("https://login.microsoftonline.com");

    /// <summary>Overrides the outbound token endpoint (default: the Entra authority's v2 endpoint for the tenant or botframework.com).</summary>
    public Uri? TokenEndpoint { get; set; }

    public string ConnectorScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Allowed difference between our clock and the token issuer's.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    public const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>Where outbound connector tokens come from.</summary>
    public Uri ResolvedTokenEndpoint => TokenEndpoint ?? new Uri(EntraAuthority, $"{(string.IsNullOrEmpty(TenantId) ? "botframework.com" : TenantId)}/oauth2/v2.0/token");

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!DisableAuthenticationForLocalDevelopment && string.IsNullOrWhiteSpace(AppId))
            yield return new ValidationResult("Bot:AppId is required unless Bot:DisableAuthenticationForLocalDevelopment is true", [nameof(AppId)]);
        if (!string.IsNullOrEmpty(AppPassword) && string.IsNullOrWhiteSpace(AppId))
            yield return new ValidationResult("Bot:AppPassword is set but Bot:AppId is not", [nameof(AppId)]);
    }
}

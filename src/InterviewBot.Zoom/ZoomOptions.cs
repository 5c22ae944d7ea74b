using System.ComponentModel.DataAnnotations;

namespace InterviewBot.Zoom;

/// <summary>The Zoom app (configuration section <c>Zoom</c>); the secrets come from user secrets, the environment or Key Vault.</summary>
public sealed class ZoomOptions
{
    public const string Section = "Zoom";

    public string? ClientId { get; set; }

    /// <summary>Signs RTMS handshakes and, with the client id, gets the app's API token.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The app's webhook secret token: verifies <c>x-zm-signature</c> and answers URL validation.</summary>
    public string? WebhookSecretToken { get; set; }

    /// <summary>Zoom's REST API (users, Team Chat messages).</summary>
    [Required]
    public Uri ApiBaseUrl { get; set; } = new("https://api.zoom.us/v2/");

    [Required]
    public Uri OAuthTokenUrl { get; set; } = new("https://zoom.us/oauth/token");

    /// <summary>The Team Chat chatbot's JID; without one, nudges are not sent to Zoom chat.</summary>
    public string? RobotJid { get; set; }

    /// <summary>Attempts to re-open a dropped RTMS stream before giving up.</summary>
    [Range(0, 20)]
    public int ReconnectAttempts { get; set; } = 5;

    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
}

using System.ComponentModel.DataAnnotations;

namespace InterviewBot.Media.Gateways;

/// <summary>The meeting-bot gateway this deployment sends into meetings (configuration section <c>Media:Gateway</c>).</summary>
public sealed class MeetingBotOptions
{
    public const string Section = "Media:Gateway";

    /// <summary><c>attendee</c>, <c>recall</c>, or <c>none</c>.</summary>
    public string Kind { get; set; } = "none";

    /// <summary>The gateway's API: attendee's server (e.g. https://app.attendee.dev), or Recall.ai's regional API (https://us-east-1.recall.ai).</summary>
    public Uri? ApiBaseUrl { get; set; }

    /// <summary>The gateway's API key (a secret: user secrets, environment or Key Vault).</summary>
    public string? ApiKey { get; set; }

    /// <summary>attendee's webhook secret (base64, as attendee shows it) for <c>X-Webhook-Signature</c>.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>This server's public address, where the gateway streams audio (wss) and posts webhooks (https).</summary>
    public Uri? PublicBaseUrl { get; set; }

    [Required]
    public string BotName { get; set; } = "InterviewBot (coach)";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}

namespace InterviewBot.Media.Webhooks;

/// <summary>
/// A vendor webhook read by its adapter: the typed event it carries, or a refusal with the HTTP status and reason the
/// endpoint answers with. Signature checks, timestamps and body parsing all happen before an event exists.
/// </summary>
public sealed record WebhookReading<TEvent>(TEvent? Event, int RefusalStatus, string? Refusal) where TEvent : class
{
    /// <summary>True when the webhook was refused (bad signature, stale, not JSON).</summary>
    public bool Refused => Refusal is not null;
}

/// <summary>Makes <see cref="WebhookReading{TEvent}"/>s.</summary>
public static class WebhookReading
{
    public static WebhookReading<TEvent> Accepted<TEvent>(TEvent e) where TEvent : class => new(e, 0, null);

    public static WebhookReading<TEvent> Refuse<TEvent>(int status, string reason) where TEvent : class => new(null, status, reason);
}

/// <summary>A webhook's headers, by name (case-insensitive, as HTTP has them); null when absent.</summary>
public delegate string? WebhookHeaders(string name);

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InterviewBot.Media.Webhooks;

namespace InterviewBot.Media.Gateways;

/// <summary>
/// Recall.ai's webhooks are signed the Standard Webhooks (Svix) way: <c>webhook-signature</c> holds one or more
/// <c>v1,base64(HMAC-SHA256(base64-decoded secret after "whsec_", "{webhook-id}.{webhook-timestamp}.{body}"))</c>;
/// a timestamp more than five minutes off is refused, so a captured delivery cannot be replayed.
/// </summary>
public static class RecallWebhook
{
    private static readonly TimeSpan s_tolerance = TimeSpan.FromMinutes(5);

    /// <summary>Reads one webhook: refused unless signed and fresh (401) and JSON (400); the bot's end of call, or nothing we act on.</summary>
    public static WebhookReading<RecallWebhookEvent> Read(ReadOnlySpan<byte> body, WebhookHeaders headers, string secret, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (!Verify(body, headers("webhook-id"), headers("webhook-timestamp"), headers("webhook-signature"), secret, now))
            return WebhookReading.Refuse<RecallWebhookEvent>(401, "the webhook signature is wrong or stale");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException ex)
        {
            return WebhookReading.Refuse<RecallWebhookEvent>(400, $"the webhook body is not JSON: {ex.Message}");
        }
        using (doc)
        {
            var root = doc.RootElement;
            var name = root.TryGetProperty("event", out var ev) ? ev.GetString() : null;
            var data = root.TryGetProperty("data", out var d) ? d : default;
            var bot = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("bot", out var b) ? b : default;
            var sessionId = bot.ValueKind == JsonValueKind.Object && bot.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object
                && m.TryGetProperty("session_id", out var sid) ? sid.GetString() : null;
            return WebhookReading.Accepted<RecallWebhookEvent>(sessionId is not null && name is "bot.call_ended" or "bot.done" or "bot.fatal"
                ? new RecallWebhookEvent.BotEnded(sessionId, $"recall: {name}")
                : new RecallWebhookEvent.Ignored());
        }
    }

    public static bool Verify(ReadOnlySpan<byte> body, string? id, string? timestamp, string? signatures, string secret, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(signatures)) return false;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return false;
        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > s_tolerance) return false;
        byte[] key;
        try
        {
            key = Convert.FromBase64String(secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret[6..] : secret);
        }
        catch (FormatException)
        {
            return false;
        }
        var signed = new byte[Encoding.UTF8.GetByteCount(id) + timestamp!.Length + 2 + body.Length];
        var n = Encoding.UTF8.GetBytes($"{id}.{timestamp}.", signed);
        body.CopyTo(signed.AsSpan(n));
        var expected = HMACSHA256.HashData(key, signed);
        foreach (var candidate in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!candidate.StartsWith("v1,", StringComparison.Ordinal)) continue;
            try
            {
                if (CryptographicOperations.FixedTimeEquals(expected, Convert.FromBase64String(candidate[3..]))) return true;
            }
            catch (FormatException)
            {
                // Not a signature we can read; try the next.
            }
        }
        return false;
    }
}

/// <summary>What a Recall.ai webhook tells us.</summary>
public abstract record RecallWebhookEvent
{
    /// <summary>The bot's call is over: the session ends.</summary>
    public sealed record BotEnded(string SessionId, string Reason) : RecallWebhookEvent;

    /// <summary>Nothing we act on.</summary>
    public sealed record Ignored : RecallWebhookEvent;
}

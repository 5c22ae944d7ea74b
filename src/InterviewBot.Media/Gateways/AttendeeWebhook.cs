using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InterviewBot.Media.Webhooks;

namespace InterviewBot.Media.Gateways;

/// <summary>
/// attendee's webhooks: <c>X-Webhook-Signature</c> is base64(HMAC-SHA256(base64-decoded secret, the payload as
/// canonical JSON)) — keys sorted, no spaces, non-ASCII kept — so the body is re-serialized that way before checking.
/// </summary>
public static class AttendeeWebhook
{
    /// <summary>True when the signature matches the body under the (base64) secret.</summary>
    public static bool Verify(ReadOnlySpan<byte> body, string? signature, string secretBase64)
    {
        if (string.IsNullOrEmpty(signature)) return false;
        byte[] expected, given;
        try
        {
            using var doc = JsonDocument.Parse(body.ToArray());
            expected = HMACSHA256.HashData(Convert.FromBase64String(secretBase64), Encoding.UTF8.GetBytes(Canonical(doc.RootElement)));
            given = Convert.FromBase64String(signature.Trim());
        }
        catch (Exception ex) when (ex is JsonException or FormatException)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    /// <summary>
    /// Reads one webhook: refused (401) unless <c>X-Webhook-Signature</c> matches; then a participant's name (so their
    /// audio is attributed), the bot's end (so the session ends and its post-call runs), or nothing we act on.
    /// </summary>
    public static WebhookReading<AttendeeEvent> Read(ReadOnlySpan<byte> body, WebhookHeaders headers, string secretBase64, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        // attendee's signature carries no timestamp, so there is nothing to compare with now.
        _ = now;
        if (!Verify(body, headers("X-Webhook-Signature"), secretBase64)) return WebhookReading.Refuse<AttendeeEvent>(401, "the webhook signature is wrong");
        using var doc = JsonDocument.Parse(body.ToArray()); // Verify parsed it already
        var root = doc.RootElement;
        var sessionId = root.TryGetProperty("bot_metadata", out var meta) && meta.ValueKind == JsonValueKind.Object && meta.TryGetProperty("session_id", out var sid) ? sid.GetString() : null;
        var trigger = root.TryGetProperty("trigger", out var t) ? t.GetString() : null;
        var data = root.TryGetProperty("data", out var d) ? d : default;
        string? Str(string name) => data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        AttendeeEvent e = (sessionId, trigger) switch
        {
            (null, _) => new AttendeeEvent.Ignored(),
            (_, "participant_events.join_leave") when Str("participant_uuid") is { } uuid =>
                new AttendeeEvent.ParticipantNamed(sessionId, $"attendee:{uuid}", Str("participant_name"), data.TryGetProperty("participant_is_host", out var h) && h.ValueKind == JsonValueKind.True),
            (_, "bot.state_change") when Str("new_state") is "ended" or "fatal_error" || Str("event_type") is "meeting_ended" or "left_meeting" or "could_not_join_meeting" or "fatal_error" =>
                new AttendeeEvent.BotEnded(sessionId, $"attendee: {Str("event_type") ?? Str("new_state")}"),
            _ => new AttendeeEvent.Ignored(),
        };
        return WebhookReading.Accepted<AttendeeEvent>(e);
    }

    /// <summary>The JSON as attendee signs it (Python's <c>json.dumps(sort_keys=True, ensure_ascii=False, separators=(",", ":"))</c>).</summary>
    public static string Canonical(JsonElement element)
    {
        var sb = new StringBuilder();
        Write(element, sb);
        return sb.ToString();
    }

    private static void Write(JsonElement e, StringBuilder sb)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                sb.Append('{');
                var first = true;
                foreach (var p in e.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (!first) sb.Append(',');
                    first = false;
                    String(p.Name, sb);
                    sb.Append(':');
                    Write(p.Value, sb);
                }
                sb.Append('}');
                break;
            case JsonValueKind.Array:
                sb.Append('[');
                var i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    if (i++ > 0) sb.Append(',');
                    Write(item, sb);
                }
                sb.Append(']');
                break;
            case JsonValueKind.String:
                String(e.GetString()!, sb);
                break;
            default:
                sb.Append(e.GetRawText()); // numbers, true, false, null exactly as sent
                break;
        }
    }

    private static void String(string s, StringBuilder sb)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case < ' ': sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }
        sb.Append('"');
    }
}

/// <summary>What an attendee webhook tells us.</summary>
public abstract record AttendeeEvent
{
    /// <summary>Who is behind a participant key of the session's audio.</summary>
    public sealed record ParticipantNamed(string SessionId, string Key, string? Name, bool IsHost) : AttendeeEvent;

    /// <summary>The bot left or could not join: the session ends.</summary>
    public sealed record BotEnded(string SessionId, string Reason) : AttendeeEvent;

    /// <summary>Not about one of our sessions, or nothing we act on.</summary>
    public sealed record Ignored : AttendeeEvent;
}

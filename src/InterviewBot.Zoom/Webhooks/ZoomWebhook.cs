using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InterviewBot.Media.Webhooks;
using InterviewBot.Zoom.Rtms;

namespace InterviewBot.Zoom.Webhooks;

/// <summary>
/// Zoom's webhook signature: <c>x-zm-signature</c> = "v0=" + hex(HMAC-SHA256(secret token, "v0:{x-zm-request-timestamp}:{raw body}")),
/// compared in constant time; a timestamp more than five minutes off is refused. URL validation answers with the plain
/// token and its HMAC.
/// </summary>
public static class ZoomWebhook
{
    private static readonly TimeSpan s_tolerance = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Reads one webhook: refused unless signed and fresh (401) and JSON (400); then URL validation (with its answer),
    /// a stream that started or stopped, or nothing we act on.
    /// </summary>
    public static WebhookReading<ZoomEvent> Read(ReadOnlySpan<byte> body, WebhookHeaders headers, string secretToken, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (!Verify(body, headers("x-zm-request-timestamp"), headers("x-zm-signature"), secretToken, now))
            return WebhookReading.Refuse<ZoomEvent>(401, "the webhook signature is wrong or stale");
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException ex)
        {
            return WebhookReading.Refuse<ZoomEvent>(400, $"the webhook body is not JSON: {ex.Message}");
        }
        using (doc)
        {
            var root = doc.RootElement;
            var name = root.TryGetProperty("event", out var e) ? e.GetString() : null;
            var payload = root.TryGetProperty("payload", out var p) ? p : default;
            string? Str(string field) => payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            ZoomEvent read = name switch
            {
                "endpoint.url_validation" when Str("plainToken") is { } plain => new ZoomEvent.UrlValidation(Validate(plain, secretToken)),
                "meeting.rtms_started" when Str("meeting_uuid") is { } meeting && Str("rtms_stream_id") is { } stream
                    && Uri.TryCreate(Str("server_urls"), UriKind.Absolute, out var url) =>
                    new ZoomEvent.StreamStarted(new RtmsStart(meeting, stream, url, Str("operator_id")),
                        Str("account_id") ?? (root.TryGetProperty("account_id", out var a) ? a.GetString() : null)),
                "meeting.rtms_stopped" or "meeting.rtms_interrupted" when Str("rtms_stream_id") is { } stopped => new ZoomEvent.StreamStopped(stopped),
                _ => new ZoomEvent.Ignored(),
            };
            return WebhookReading.Accepted(read);
        }
    }

    public static bool Verify(ReadOnlySpan<byte> body, string? timestamp, string? signature, string secretToken, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(secretToken);
        if (string.IsNullOrEmpty(signature) || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) return false;
        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > s_tolerance) return false;
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var expected = Encoding.ASCII.GetBytes("v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretToken), message)));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature));
    }

    /// <summary>The answer to <c>endpoint.url_validation</c>: the plain token and hex(HMAC-SHA256(secret token, plain token)).</summary>
    public static (string PlainToken, string EncryptedToken) Validate(string plainToken, string secretToken) =>
        (plainToken, Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secretToken), Encoding.UTF8.GetBytes(plainToken))));
}

/// <summary>What a Zoom webhook tells us.</summary>
public abstract record ZoomEvent
{
    /// <summary><c>endpoint.url_validation</c>: Zoom checks the endpoint; the answer is the plain token and its HMAC.</summary>
    public sealed record UrlValidation((string PlainToken, string EncryptedToken) Answer) : ZoomEvent;

    /// <summary><c>meeting.rtms_started</c>: a meeting's media stream can be opened.</summary>
    public sealed record StreamStarted(RtmsStart Start, string? AccountId) : ZoomEvent;

    /// <summary><c>meeting.rtms_stopped</c> or <c>meeting.rtms_interrupted</c>.</summary>
    public sealed record StreamStopped(string StreamId) : ZoomEvent;

    /// <summary>Nothing we act on.</summary>
    public sealed record Ignored : ZoomEvent;
}

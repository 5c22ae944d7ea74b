using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

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

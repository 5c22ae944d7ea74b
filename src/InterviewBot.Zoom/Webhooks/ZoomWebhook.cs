using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InterviewBot.Zoom.Webhooks;

/// <summary>
/// Zoom's webhook signature: <c>x-zm-signature</c> = "v0=" + hex(HMAC-SHA256(secret token, "v0:{x-zm-request-timestamp}:{raw body}")),
/// compared in constant time; a timestamp more than five minutes off is refused. URL validation answers with the plain
/// token and its HMAC.
/// </summary>
public static class ZoomWebhook
{
    private static readonly TimeSpan s_tolerance = TimeSpan.FromMinutes(5);

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

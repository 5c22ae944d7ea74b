using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace InterviewBot.Media.Gateways;

/// <summary>
/// Recall.ai's webhooks are signed the Standard Webhooks (Svix) way: <c>webhook-signature</c> holds one or more
/// <c>v1,base64(HMAC-SHA256(base64-decoded secret after "whsec_", "{webhook-id}.{webhook-timestamp}.{body}"))</c>;
/// a timestamp more than five minutes off is refused, so a captured delivery cannot be replayed.
/// </summary>
public static class RecallWebhook
{
    private static readonly TimeSpan s_tolerance = TimeSpan.FromMinutes(5);

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

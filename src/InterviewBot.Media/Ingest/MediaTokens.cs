using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace InterviewBot.Media.Ingest;

/// <summary>
/// Bearer tokens for the media WebSocket: scoped to one session and expiring, HMAC-SHA256-signed by the
/// server (<c>{session}.{expiry}.{signature}</c>, base64url), so checking one needs no lookup and no state.
/// </summary>
public sealed class MediaTokens(IOptions<MediaOptions> options, TimeProvider time)
{
    private readonly byte[] _key = options.Value.TokenKey is { Length: > 0 } k ? Convert.FromBase64String(k) : RandomNumberGenerator.GetBytes(32);

    public (string Token, DateTimeOffset Expires) Issue(string sessionId)
    {
        var expires = time.GetUtcNow() + options.Value.TokenLifetime;
        var payload = $"{B64(Encoding.UTF8.GetBytes(sessionId))}.{expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
        return ($"{payload}.{B64(Sign(payload))}", expires);
    }

    /// <summary>Null when the token is good for <paramref name="sessionId"/> now, else why not.</summary>
    public string? Check(string? token, string sessionId)
    {
        if (string.IsNullOrEmpty(token)) return "no media token";
        var parts = token.Split('.');
        if (parts.Length != 3) return "the media token is malformed";
        var payload = $"{parts[0]}.{parts[1]}";
        byte[] signature;
        try
        {
            signature = FromB64(parts[2]);
        }
        catch (FormatException)
        {
            return "the media token is malformed";
        }
        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(payload))) return "the media token's signature is wrong";
        if (!long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var expiry)) return "the media token is malformed";
        if (time.GetUtcNow().ToUnixTimeSeconds() > expiry) return "the media token has expired";
        string scoped;
        try
        {
            scoped = Encoding.UTF8.GetString(FromB64(parts[0]));
        }
        catch (FormatException)
        {
            return "the media token is malformed";
        }
        return scoped == sessionId ? null : "the media token is for another session";
    }

    private byte[] Sign(string payload) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(payload));

    private static string B64(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromB64(string s)
    {
        var padded = s.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - padded.Length % 4) % 4));
    }
}

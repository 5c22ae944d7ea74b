using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace InterviewBot.Teams.Meetings;

/// <summary>
/// Unguessable links to a session's artefacts: <c>reports/{session}/{token}/{file}</c>, the token an HMAC of
/// the session id, so the summary card can link the report without a sign-in and nobody can list others'.
/// </summary>
public sealed class ReportLinks
{
    private readonly byte[] _key;
    private readonly Uri? _base;

    public ReportLinks(IOptions<CoachOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _key = options.Value.ReportLinkKey is { Length: > 0 } k ? Convert.FromBase64String(k) : RandomNumberGenerator.GetBytes(32);
        _base = options.Value.PublicBaseUrl;
    }

    /// <summary>The public link to one artefact, or null when the server has no public address configured.</summary>
    public Uri? For(string sessionId, string file) =>
        _base is null ? null : new Uri(_base, $"reports/{Uri.EscapeDataString(sessionId)}/{Token(sessionId)}/{Uri.EscapeDataString(file)}");

    public bool IsValid(string sessionId, string token) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Token(sessionId)), Encoding.ASCII.GetBytes(token ?? ""));

    private string Token(string sessionId) =>
        Convert.ToBase64String(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(sessionId)))[..22].Replace('+', '-').Replace('/', '_');
}

using System.Security.Cryptography;

namespace InterviewBot.Media.Live;

/// <summary>
/// The one way a session id is made, whatever door the session comes through (Teams, Zoom, the HTTP API):
/// <c>session-{UTC start yyyyMMdd-HHmmss}-{8 random hex}</c> — sortable by start, unguessable, and safe as a file
/// or blob name.
/// </summary>
public static class SessionIds
{
    /// <summary>A new session id stamped with the start <paramref name="time"/> gives.</summary>
    public static string New(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return $"session-{time.GetUtcNow():yyyyMMdd-HHmmss}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant()}";
    }
}

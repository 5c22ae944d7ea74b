using System.Buffers;

namespace InterviewBot.Core.Journal;

/// <summary>Session ids become file names, so only a safe alphabet is allowed: no path can escape its folder.</summary>
public static class SessionFileName
{
    private static readonly SearchValues<char> s_allowed =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");

    public static string Validate(string sessionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        if (sessionId.Length > 200 || sessionId.AsSpan().ContainsAnyExcept(s_allowed) || sessionId.StartsWith('.'))
            throw new ArgumentException($"session id '{sessionId}' must be 1-200 characters of letters, digits, '-', '_' or '.', not starting with '.'", nameof(sessionId));
        return sessionId;
    }
}

using InterviewBot.Teams.Meetings;

namespace InterviewBot.Server;

/// <summary>Serves a session's artefacts behind its unguessable link; only the files post-call writes, never a path.</summary>
internal static class ReportFiles
{
    private static readonly Dictionary<string, string> s_types = new(StringComparer.Ordinal)
    {
        ["report.html"] = "text/html; charset=utf-8",
        ["report.json"] = "application/json",
        ["snapshot.md"] = "text/markdown; charset=utf-8",
        ["email.md"] = "text/markdown; charset=utf-8",
        ["email.eml"] = "message/rfc822",
        ["transcript.vtt"] = "text/vtt; charset=utf-8",
        ["case-study.md"] = "text/markdown; charset=utf-8",
        ["testimonials.md"] = "text/markdown; charset=utf-8",
        ["linkedin.md"] = "text/markdown; charset=utf-8",
        ["newsletter.md"] = "text/markdown; charset=utf-8",
    };

    public static IResult Serve(string sessionId, string token, string file, ReportLinks links, string artifactRoot)
    {
        if (!s_types.TryGetValue(file, out var type) || !links.IsValid(sessionId, token)) return Results.NotFound();
        if (sessionId.AsSpan().IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || sessionId.StartsWith('.')) return Results.NotFound();
        var path = Path.Combine(artifactRoot, sessionId, file);
        return File.Exists(path) ? Results.File(Path.GetFullPath(path), type) : Results.NotFound();
    }
}

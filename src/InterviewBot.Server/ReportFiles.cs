using InterviewBot.Core.Ports;
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
        ["synthesis.html"] = "text/html; charset=utf-8",
        ["synthesis.json"] = "application/json",
        ["synthesis.md"] = "text/markdown; charset=utf-8",
    };

    /// <summary><c>GET /reports/{sessionId}/{token}/{file}</c>.</summary>
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reports/{sessionId}/{token}/{file}", (string sessionId, string token, string file, ReportLinks links, IArtifactStore store, CancellationToken ct) =>
            ServeAsync(sessionId, token, file, links, store, ct));
        return app;
    }

    /// <summary>The artefact from wherever the sessions' artefacts are kept (a folder or blob storage), behind its link's token.</summary>
    public static async Task<IResult> ServeAsync(string sessionId, string token, string file, ReportLinks links, IArtifactStore store, CancellationToken cancellationToken)
    {
        if (!s_types.TryGetValue(file, out var type) || !links.IsValid(sessionId, token)) return Results.NotFound();
        try
        {
            return await store.ReadAsync(sessionId, file, cancellationToken).ConfigureAwait(false) is { } artifact ? Results.Bytes(artifact.Content, type) : Results.NotFound();
        }
        catch (ArgumentException)
        {
            return Results.NotFound(); // a session id that could not name a file
        }
    }
}

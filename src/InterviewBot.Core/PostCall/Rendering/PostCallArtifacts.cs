using System.Text;
using InterviewBot.Core.Ports;

namespace InterviewBot.Core.PostCall.Rendering;

/// <summary>The report as the files the interviewer gets: snapshot.md, report.json, report.html, email.md, email.eml.</summary>
public static class PostCallArtifacts
{
    public static IReadOnlyList<Artifact> Render(PostCallReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return
        [
            Text("snapshot.md", "text/markdown; charset=utf-8", SnapshotMarkdown.Render(report)),
            Text("report.json", "application/json", ReportJson.Render(report)),
            Text("report.html", "text/html; charset=utf-8", ReportHtml.Render(report)),
            Text("email.md", "text/markdown; charset=utf-8", EmailRenderers.Markdown(report.Email)),
            Text("email.eml", "message/rfc822", EmailRenderers.Eml(report.Email)),
        ];
    }

    private static Artifact Text(string name, string contentType, string content) => new(name, contentType, Encoding.UTF8.GetBytes(content));
}

using System.Text.Json;
using InterviewBot.Core.Ports;
using InterviewBot.Teams.Meetings;

namespace InterviewBot.Teams.Tests.TestSupport;

/// <summary>Finished interviews in the artefact store as post-call leaves them: whose they are (owner.json) and their report.json's snapshot.</summary>
internal static class StoredInterviews
{
    /// <summary>Stores one interview; each clause is (report.json snapshot section, verbatim text, seconds into the call).</summary>
    public static async Task AddAsync(IArtifactStore store, string sessionId, string interviewerAad, string interviewee, DateTimeOffset finished,
        params (string Section, string Text, double At)[] clauses)
    {
        await store.WriteAsync(sessionId, new InterviewOwner(interviewerAad, interviewee, finished).ToArtifact(), CancellationToken.None);
        var snapshot = new Dictionary<string, object>();
        foreach (var section in new[] { "key_insights", "opportunities", "complaints", "emotions", "alternatives" })
            snapshot[section] = clauses.Where(c => c.Section == section).Select(c => new { text = c.Text, speaker = interviewee, at_seconds = c.At }).ToArray();
        var report = JsonSerializer.SerializeToUtf8Bytes(new { schema_version = 1, session_id = sessionId, snapshot });
        await store.WriteAsync(sessionId, new Artifact(OwnInterviews.ReportName, "application/json", report), CancellationToken.None);
    }
}

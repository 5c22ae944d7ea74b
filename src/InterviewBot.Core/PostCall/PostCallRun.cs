using System.Text;
using InterviewBot.Core.Diagnostics;
using InterviewBot.Core.Ports;
using InterviewBot.Core.PostCall.Rendering;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Transcripts.WebVtt;

namespace InterviewBot.Core.PostCall;

/// <summary>
/// What every host does at hang-up: write the report, render it (snapshot, report, email), add the transcript
/// and, for case studies, the content pack, and store each artefact. The store makes a second run a no-op.
/// </summary>
public static class PostCallRun
{
    /// <param name="session">The ended session.</param>
    /// <param name="writer">Writes the report.</param>
    /// <param name="packs">Writes the content pack (case studies).</param>
    /// <param name="store">Keeps the artefacts.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <param name="time">Only for the duration metric (the host's clock); the post-call itself never reads time.</param>
    public static async Task<(PostCallReport Report, IReadOnlyList<Artifact> Artifacts)> RunAsync(
        ISessionView session, IPostCallWriter writer, IContentPackWriter packs, IArtifactStore store, CancellationToken cancellationToken, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(packs);
        ArgumentNullException.ThrowIfNull(store);
        using var activity = CoachTelemetry.Source.StartActivity("postcall");
        activity?.SetTag("session.id", session.Id);
        time ??= TimeProvider.System;
        var started = time.GetTimestamp();
        var report = await writer.WriteAsync(session, cancellationToken).ConfigureAwait(false);
        var artifacts = PostCallArtifacts.Render(report).ToList();
        artifacts.Add(new Artifact("transcript.vtt", "text/vtt; charset=utf-8", Encoding.UTF8.GetBytes(WebVttWriter.Write(session.Utterances, session.NameOf, session.Gaps))));
        if (session.Setup.Kind == InterviewKind.CaseStudy)
        {
            var pack = await packs.WriteAsync(report, session, cancellationToken).ConfigureAwait(false);
            artifacts.AddRange(pack.Files().Select(f => new Artifact(f.Name, "text/markdown; charset=utf-8", Encoding.UTF8.GetBytes(f.Markdown))));
        }
        foreach (var artifact in artifacts)
            await store.WriteAsync(session.Id, artifact, cancellationToken).ConfigureAwait(false);
        CoachTelemetry.PostCallDuration.Record(time.GetElapsedTime(started).TotalMilliseconds);
        activity?.SetTag("artifacts", artifacts.Count);
        return (report, artifacts);
    }
}

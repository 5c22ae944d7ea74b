using System.Text;
using System.Text.Json;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.PostCall.Rendering;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Transcripts.WebVtt;

namespace InterviewBot.Cli.Output;

/// <summary>
/// Writes a finished session into its output folder: nudges, labelled utterances, the transcript, and
/// the post-call artefacts (snapshot, report, email) and, when asked, the content pack. Files are replaced: the folder holds the latest run.
/// </summary>
internal static class SessionOutputWriter
{
    // contentPack: also draft the content pack (case study, testimonials, posts); case-study interviews always get it.
    public static async Task<IReadOnlyList<string>> WriteAsync(string directory, ISessionView session, PostCallWriters writers, bool contentPack, CancellationToken cancellationToken)
    {
        var nudges = new StringBuilder();
        foreach (var n in session.Nudges)
            nudges.Append(JsonSerializer.Serialize(NudgeLines.From(n, session.NameOf), CliJsonContext.Readable.NudgeLine)).Append('\n');

        var utterances = new StringBuilder();
        foreach (var u in session.Utterances)
        {
            var line = new UtteranceLine(Math.Round(u.Start.TotalSeconds, 3), Math.Round(u.End.TotalSeconds, 3), session.NameOf(u.SpeakerId),
                session.RoleOf(u.SpeakerId).ToString().ToLowerInvariant(), u.Text, LabelIds.ToIds(u.Labels), LabelIds.ToIds(u.Tags));
            utterances.Append(JsonSerializer.Serialize(line, CliJsonContext.Readable.UtteranceLine)).Append('\n');
        }

        var utf8 = new UTF8Encoding(false);
        var files = new List<(string Name, byte[] Content)>
        {
            ("nudges.jsonl", utf8.GetBytes(nudges.ToString())),
            ("utterances.jsonl", utf8.GetBytes(utterances.ToString())),
            ("transcript.vtt", utf8.GetBytes(WebVttWriter.Write(session.Utterances, session.NameOf, session.Gaps))),
        };
        var report = await writers.Report.WriteAsync(session, cancellationToken).ConfigureAwait(false);
        files.AddRange(PostCallArtifacts.Render(report).Select(a => (a.Name, a.Content.ToArray())));
        if (contentPack || session.Setup.Kind == InterviewKind.CaseStudy)
        {
            var pack = await writers.ContentPack.WriteAsync(report, session, cancellationToken).ConfigureAwait(false);
            files.AddRange(pack.Files().Select(f => (f.Name, utf8.GetBytes(f.Markdown))));
        }

        foreach (var (name, content) in files)
            await File.WriteAllBytesAsync(Path.Combine(directory, name), content, cancellationToken).ConfigureAwait(false);
        return files.Select(f => f.Name).ToArray();
    }
}

using System.Text;
using System.Text.Json;
using InterviewBot.Cli.Output;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Transcripts.WebVtt;

namespace InterviewBot.Cli.Replay;

/// <summary>Writes what a replay produced into its output folder: nudges, labelled utterances, the transcript.</summary>
internal static class ReplayOutputWriter
{
    public static async Task<IReadOnlyList<string>> WriteAsync(string directory, ISessionView session, CancellationToken cancellationToken)
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

        var files = new (string Name, string Content)[]
        {
            ("nudges.jsonl", nudges.ToString()),
            ("utterances.jsonl", utterances.ToString()),
            ("transcript.vtt", WebVttWriter.Write(session.Utterances, session.NameOf)),
        };
        foreach (var (name, content) in files)
            await File.WriteAllTextAsync(Path.Combine(directory, name), content, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return files.Select(f => f.Name).ToArray();
    }
}

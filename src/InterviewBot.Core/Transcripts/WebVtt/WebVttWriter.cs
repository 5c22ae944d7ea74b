using System.Text;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Transcripts.WebVtt;

/// <summary>
/// Writes utterances as Teams-style WebVTT (<c>&lt;v Name&gt;</c> voices), which every reader of ours accepts
/// back. Untranscribed speech is marked with a NOTE block in its place: a reader skips it, a person sees the gap.
/// </summary>
public static class WebVttWriter
{
    public static string Write(IEnumerable<Utterance> utterances, Func<string, string> nameOf, IEnumerable<TranscriptGap>? gaps = null)
    {
        ArgumentNullException.ThrowIfNull(utterances);
        ArgumentNullException.ThrowIfNull(nameOf);
        var blocks = utterances.Select(u => (u.Start, Text: Cue(u, nameOf)))
            .Concat((gaps ?? []).Select(g => (g.Start, Text: Note(g, nameOf))))
            .OrderBy(b => b.Start);
        var sb = new StringBuilder("WEBVTT\n");
        foreach (var block in blocks) sb.Append('\n').Append(block.Text);
        return sb.ToString();
    }

    private static string Cue(Utterance u, Func<string, string> nameOf) =>
        $"{VttTimestamp.Format(u.Start)} --> {VttTimestamp.Format(u.End)}\n<v {Escape(nameOf(u.SpeakerId))}>{Escape(u.Text)}</v>\n";

    // "-->" may not appear in a NOTE, so the span is written with "to".
    private static string Note(TranscriptGap g, Func<string, string> nameOf) =>
        $"NOTE gap: {VttTimestamp.Format(g.Start)} to {VttTimestamp.Format(g.End)}, {nameOf(g.ParticipantId).Replace("-->", "->", StringComparison.Ordinal)} was not transcribed ({g.Reason.Replace("-->", "->", StringComparison.Ordinal)})\n";

    // Only the three characters WebVTT reserves are escaped; everything else stays readable (café, not caf&#233;).
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}

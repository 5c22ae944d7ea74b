using System.Text;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Transcripts.WebVtt;

/// <summary>Writes utterances as Teams-style WebVTT (<c>&lt;v Name&gt;</c> voices), which every reader of ours accepts back.</summary>
public static class WebVttWriter
{
    public static string Write(IEnumerable<Utterance> utterances, Func<string, string> nameOf)
    {
        ArgumentNullException.ThrowIfNull(utterances);
        ArgumentNullException.ThrowIfNull(nameOf);
        var sb = new StringBuilder("WEBVTT\n");
        foreach (var u in utterances.OrderBy(u => u.Start))
        {
            sb.Append('\n')
              .Append(VttTimestamp.Format(u.Start)).Append(" --> ").Append(VttTimestamp.Format(u.End)).Append('\n')
              .Append("<v ").Append(Escape(nameOf(u.SpeakerId))).Append('>')
              .Append(Escape(u.Text)).Append("</v>\n");
        }
        return sb.ToString();
    }

    // Only the three characters WebVTT reserves are escaped; everything else stays readable (café, not caf&#233;).
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}

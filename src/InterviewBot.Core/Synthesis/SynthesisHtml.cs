using System.Globalization;
using System.Net;
using System.Text;
using InterviewBot.Core.PostCall.Rendering;

namespace InterviewBot.Core.Synthesis;

/// <summary>
/// Renders <c>synthesis.html</c>: one self-contained page (inline CSS, no script, no external assets) with the
/// themes and their verbatim quotes, the leads and the alternatives. Every text that came from an interview is
/// HTML-encoded, so a quote can never become markup.
/// </summary>
public static class SynthesisHtml
{
    /// <summary>The page for <paramref name="result"/>.</summary>
    public static string Render(SynthesisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
         .Append(CultureInfo.InvariantCulture, $"<title>Synthesis of {result.Interviews.Count} interviews</title><style>")
         .Append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}")
         .Append("h2{border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}.muted{color:#666}")
         .Append(".theme{border:1px solid #e3e3e3;border-radius:6px;padding:.4rem 1rem;margin:1rem 0}.theme h3{margin:.4rem 0}")
         .Append("blockquote{margin:.5rem 0;padding:.4rem .8rem;border-left:4px solid #2b7bb9;background:#f5f8fb}")
         .Append("cite{display:block;color:#666;font-size:.85em;font-style:normal}.count{background:#2b7bb9;color:#fff;border-radius:1em;padding:0 .6em;font-size:.85em}")
         .Append("table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eee;vertical-align:top}")
         .Append("ul.tree,ul.tree ul{list-style:none;padding-left:1.2rem;border-left:2px solid #ddd}ul.tree li{margin:.3rem 0}")
         .Append("</style></head><body>\n");

        h.Append(CultureInfo.InvariantCulture, $"<h1>Synthesis of {result.Interviews.Count} interviews</h1>\n<p class=\"muted\">")
         .Append(E(string.Join(", ", result.Interviews))).Append("</p>\n");

        foreach (var section in SynthesisHtmlSections.All) section(h, result);
        h.Append("</body></html>\n");
        return h.ToString();
    }

    /// <summary>A theme's card: name, who raised it, its quotes.</summary>
    internal static void Theme(StringBuilder h, Theme t, string cssClass)
    {
        h.Append("<section class=\"").Append(cssClass).Append("\"><h3>").Append(E(t.Name)).Append("</h3>\n<p class=\"muted\"><span class=\"count\">")
         .Append(t.Interviews.Count).Append("</span> Raised in ").Append(t.Interviews.Count).Append(t.Interviews.Count == 1 ? " interview: " : " interviews: ")
         .Append(E(string.Join(", ", t.Interviews))).Append("</p>\n");
        foreach (var q in t.Quotes) h.Append(Quote(q));
        if (t.Numbers.Count > 0)
        {
            h.Append("<p class=\"numbers\"><strong>Numbers said:</strong> ");
            h.AppendJoin("; ", t.Numbers.Select(n => $"<b>{E(n.Term)}</b> <span class=\"muted\">({E(n.Quote.Interview)}, {MediaClock.Format(n.Quote.At)})</span>"));
            h.Append("</p>\n");
        }
        h.Append("</section>\n");
    }

    /// <summary>A verbatim quote with its interview, media time and section.</summary>
    internal static string Quote(ThemeQuote q) =>
        $"<blockquote>\u201C{E(q.Text)}\u201D<cite>{E(q.Interview)}, {MediaClock.Format(q.At)}, {E(q.Kind)}</cite></blockquote>\n";

    /// <summary>HTML-encodes text that came from an interview or a file name.</summary>
    internal static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}

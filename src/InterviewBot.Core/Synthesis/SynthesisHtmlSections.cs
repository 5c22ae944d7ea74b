using System.Text;
using static InterviewBot.Core.Synthesis.SynthesisHtml;

namespace InterviewBot.Core.Synthesis;

/// <summary>The sections of <c>synthesis.html</c>, in page order, each writing its own heading.</summary>
internal static class SynthesisHtmlSections
{
    /// <summary>Every section, in the order the page shows them.</summary>
    public static readonly IReadOnlyList<Action<StringBuilder, SynthesisResult>> All = [Themes, Leads, Alternatives];

    private static void Themes(StringBuilder h, SynthesisResult r)
    {
        h.Append("<h2 id=\"themes\">Themes (").Append(r.Themes.Count).Append(")</h2>\n");
        if (r.Themes.Count == 0) h.Append("<p>No pattern was heard in two or more interviews.</p>\n");
        foreach (var t in r.Themes) Theme(h, t, "theme");
    }

    private static void Leads(StringBuilder h, SynthesisResult r)
    {
        h.Append("<h2 id=\"leads\">Leads: heard in one interview only (").Append(r.Leads.Count).Append(")</h2>\n<ul class=\"leads\">");
        foreach (var t in r.Leads) h.Append("<li>").Append(Quote(t.Quotes[0])).Append("</li>");
        h.Append("</ul>\n");
    }

    private static void Alternatives(StringBuilder h, SynthesisResult r)
    {
        h.Append("<h2 id=\"alternatives\">Alternatives and workarounds named</h2>\n");
        if (r.Alternatives.Count == 0) { h.Append("<p>None named.</p>\n"); return; }
        h.Append("<table class=\"alternatives\"><tr><th>Named</th><th>Interviews</th><th>Who</th></tr>");
        foreach (var a in r.Alternatives)
            h.Append("<tr><td>").Append(E(a.Name)).Append("</td><td>").Append(a.Interviews.Count).Append("</td><td>").Append(E(string.Join(", ", a.Interviews))).Append("</td></tr>");
        h.Append("</table>\n");
    }
}

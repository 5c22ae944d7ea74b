using System.Text;
using static InterviewBot.Core.Synthesis.SynthesisHtml;

namespace InterviewBot.Core.Synthesis;

/// <summary>The sections of <c>synthesis.html</c>, in page order, each writing its own heading.</summary>
internal static class SynthesisHtmlSections
{
    /// <summary>Every section, in the order the page shows them.</summary>
    public static readonly IReadOnlyList<Action<StringBuilder, SynthesisResult>> All = [Tree, Themes, Disagreements, Leads, Alternatives];

    private static void Themes(StringBuilder h, SynthesisResult r)
    {
        h.Append("<h2 id=\"themes\">Themes (").Append(r.Themes.Count).Append(")</h2>\n");
        if (r.Themes.Count == 0) h.Append("<p>No pattern was heard in two or more interviews.</p>\n");
        foreach (var t in r.Themes) Theme(h, t, "theme");
    }

    private static void Tree(StringBuilder h, SynthesisResult r)
    {
        h.Append("<h2 id=\"tree\">Opportunity tree</h2>\n<ul class=\"tree\"><li class=\"goal\"><strong>Research goal:</strong> ")
         .Append(r.Tree.Goal.Length > 0 ? E(r.Tree.Goal) : "<span class=\"muted\">(no interview had a goal)</span>").Append("\n<ul>");
        if (r.Tree.Opportunities.Count == 0) h.Append("<li class=\"muted\">No pain or need was heard in two or more interviews.</li>");
        foreach (var o in r.Tree.Opportunities)
        {
            h.Append("<li class=\"opportunity\"><strong>\u201C").Append(E(o.Name)).Append("\u201D</strong> <span class=\"muted\">")
             .Append(o.Interviews.Count).Append(" interviews: ").Append(E(string.Join(", ", o.Interviews))).Append("</span><ul>");
            foreach (var q in o.Evidence) h.Append("<li>").Append(Quote(q)).Append("</li>");
            h.Append("</ul></li>\n");
        }
        h.Append("</ul></li></ul>\n");
    }

    private static void Disagreements(StringBuilder h, SynthesisResult r)
    {
        h.Append("<h2 id=\"disagreements\">Where interviewees disagree (").Append(r.Disagreements.Count).Append(")</h2>\n");
        if (r.Disagreements.Count == 0) h.Append("<p>No theme had clear opposite sides.</p>\n");
        foreach (var d in r.Disagreements)
            h.Append("<section class=\"disagreement\"><h3>").Append(E(d.Theme)).Append("</h3><p><strong>For</strong></p>").Append(Quote(d.For))
             .Append("<p><strong>Against</strong></p>").Append(Quote(d.Against)).Append("</section>\n");
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

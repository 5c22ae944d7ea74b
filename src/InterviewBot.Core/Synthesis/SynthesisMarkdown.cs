using System.Globalization;
using System.Text;
using InterviewBot.Core.PostCall.Rendering;

namespace InterviewBot.Core.Synthesis;

/// <summary>
/// Renders <c>synthesis.md</c>: the opportunity tree, the themes with who raised them, their verbatim quotes and the
/// numbers said about them, the disagreements with both sides quoted, the leads and the alternatives named.
/// </summary>
public static class SynthesisMarkdown
{
    /// <summary>The markdown for <paramref name="result"/>.</summary>
    public static string Render(SynthesisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Synthesis of {result.Interviews.Count} interviews\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Interviews: {string.Join(", ", result.Interviews)}\n\n");
        Tree(md, result.Tree);
        md.Append(CultureInfo.InvariantCulture, $"## Themes ({result.Themes.Count})\n\n");
        if (result.Themes.Count == 0) md.Append("No pattern was heard in two or more interviews.\n\n");
        foreach (var t in result.Themes) Theme(md, t);
        md.Append(CultureInfo.InvariantCulture, $"## Where interviewees disagree ({result.Disagreements.Count})\n\n");
        if (result.Disagreements.Count == 0) md.Append("No theme had clear opposite sides.\n\n");
        foreach (var d in result.Disagreements)
            md.Append(CultureInfo.InvariantCulture, $"### {d.Theme}\n\n- For: {Quote(d.For)}\n- Against: {Quote(d.Against)}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"## Leads: heard in one interview only ({result.Leads.Count})\n\n");
        foreach (var t in result.Leads) md.Append(CultureInfo.InvariantCulture, $"- {Quote(t.Quotes[0])}\n");
        md.Append("\n## Alternatives and workarounds named\n\n");
        if (result.Alternatives.Count == 0) md.Append("None named.\n");
        foreach (var a in result.Alternatives)
            md.Append(CultureInfo.InvariantCulture, $"- **{a.Name}**: {a.Interviews.Count} interview{(a.Interviews.Count == 1 ? "" : "s")} ({string.Join(", ", a.Interviews)})\n");
        return md.ToString();
    }

    private static void Tree(StringBuilder md, OpportunityTree tree)
    {
        md.Append("## Opportunity tree\n\n");
        md.Append(CultureInfo.InvariantCulture, $"- **Research goal:** {(tree.Goal.Length > 0 ? tree.Goal : "(no interview had a goal)")}\n");
        if (tree.Opportunities.Count == 0) md.Append("  - No pain or need was heard in two or more interviews.\n");
        foreach (var o in tree.Opportunities)
        {
            md.Append(CultureInfo.InvariantCulture, $"  - **Opportunity:** \u201C{o.Name}\u201D ({o.Interviews.Count} interviews: {string.Join(", ", o.Interviews)})\n");
            foreach (var q in o.Evidence) md.Append(CultureInfo.InvariantCulture, $"    - {Quote(q)}\n");
        }
        md.Append('\n');
    }

    private static void Theme(StringBuilder md, Theme t)
    {
        md.Append(CultureInfo.InvariantCulture, $"### {t.Name}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Raised in {t.Interviews.Count} interviews: {string.Join(", ", t.Interviews)}\n\n");
        foreach (var q in t.Quotes) md.Append(CultureInfo.InvariantCulture, $"- {Quote(q)}\n");
        if (t.Numbers.Count > 0)
            md.Append(CultureInfo.InvariantCulture, $"\nNumbers said: {string.Join("; ", t.Numbers.Select(n => $"**{n.Term}** ({n.Quote.Interview}, {MediaClock.Format(n.Quote.At)})"))}\n");
        md.Append('\n');
    }

    private static string Quote(ThemeQuote q) => $"\"{q.Text}\" ({q.Interview}, {MediaClock.Format(q.At)}, {q.Kind})";
}

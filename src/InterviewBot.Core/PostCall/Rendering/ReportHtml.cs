using System.Globalization;
using System.Net;
using System.Text;
using InterviewBot.Core.PostCall.Quotes;
using InterviewBot.Core.PostCall.Stats;

namespace InterviewBot.Core.PostCall.Rendering;

/// <summary>
/// Renders <c>report.html</c>: one self-contained page (inline CSS and SVG, no external assets) with the
/// talk-ratio chart, the per-minute talk timeline, the snapshot, the scorecard, the nudges and the email.
/// </summary>
public static class ReportHtml
{
    private static readonly string[] s_colours = ["#d9534f", "#2b7bb9", "#5cb85c", "#f0ad4e"];

    public static string Render(PostCallReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Snapshot;
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
         .Append("<title>Interview report: ").Append(E(s.Interviewee.Name)).Append("</title><style>")
         .Append("body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}")
         .Append("h1{margin-bottom:.2rem}h2{border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}")
         .Append(".muted{color:#666}blockquote{margin:.5rem 0;padding:.4rem .8rem;border-left:4px solid #2b7bb9;background:#f5f8fb}")
         .Append("time{color:#666;font-size:.85em;margin-left:.4rem}.pass{color:#2e7d32}.miss{color:#c62828}")
         .Append("table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eee;vertical-align:top}")
         .Append("pre{white-space:pre-wrap;background:#f7f7f7;padding:1rem;border-radius:4px}.legend span{margin-right:1rem}")
         .Append("</style></head><body>\n");

        h.Append("<h1>").Append(E(s.Interviewee.Name)).Append("</h1>\n<p class=\"muted\">")
         .Append(E(string.Join(", ", new[] { s.Interviewee.Role, s.Interviewee.Company }.Where(x => !string.IsNullOrEmpty(x)))))
         .Append(" · interviewed by ").Append(E(report.Interviewer)).Append(" · ").Append(MediaClock.Format(report.Stats.Duration)).Append("</p>\n");

        h.Append("<h2>Talk ratio</h2>\n").Append(TalkRatioSvg(report.Stats)).Append('\n');
        h.Append("<h2>Talk time, minute by minute</h2>\n").Append(TimelineSvg(report.Stats)).Append('\n').Append(Legend(report.Stats));

        if (s.MemorableQuote is { } memorable) h.Append("<h2>Memorable quote</h2>\n").Append(Block(memorable));
        List(h, "Quick facts", s.QuickFacts);
        List(h, "Key insights", s.KeyInsights);
        List(h, "Opportunities", s.Opportunities);
        if (s.ContextQuote is { } context) h.Append("<h2>Context</h2>\n").Append(Block(context));
        List(h, "Alternatives named", s.Alternatives);
        List(h, "Complaints", s.Complaints);
        List(h, "Emotions", s.Emotions);
        List(h, "Commitments and next step", s.Commitments);

        h.Append("<h2>Scorecard: ").Append(report.Scorecard.Passed).Append(" of ").Append(report.Scorecard.Practices.Count).Append("</h2>\n<table>");
        foreach (var p in report.Scorecard.Practices)
        {
            h.Append("<tr><td class=\"").Append(p.Passed ? "pass\">✔" : "miss\">✘").Append("</td><td>").Append(E(p.Name)).Append("</td><td>").Append(E(p.Note));
            foreach (var e in p.Evidence) h.Append("<br>").Append(Inline(e));
            h.Append("</td></tr>\n");
        }
        h.Append("</table>\n");

        var moments = report.Scorecard.MomentsToRevisit;
        h.Append("<h2>Moments to revisit (").Append(moments.Count).Append(")</h2>\n<table>");
        foreach (var m in moments)
            h.Append("<tr><td>").Append(MediaClock.Format(m.At)).Append("</td><td><b>").Append(E(m.Nudge)).Append("</b><br>")
             .Append(m.Words.Length > 0 ? $"\u201C{E(m.Words)}\u201D<br>" : "").Append(E(m.Why)).Append("<br><i>Try instead: ").Append(E(m.TryInstead)).Append("</i><br>")
             .Append(m.Shown ? "shown during the call" : $"not shown: {E(m.HeldBackBecause ?? "")}").Append("</td></tr>\n");
        h.Append("</table>\n");

        h.Append("<h2>Nudges during the call (").Append(report.Nudges.Count).Append(")</h2>\n<table>");
        foreach (var n in report.Nudges)
            h.Append("<tr><td>").Append(MediaClock.Format(n.At)).Append("</td><td><b>").Append(E(n.Kind)).Append("</b><br>")
             .Append(n.Quote.Length > 0 ? $"\u201C{E(n.Quote)}\u201D<br>" : "").Append(E(n.Message)).Append("<br><i>").Append(E(n.Suggestion)).Append("</i></td></tr>\n");
        h.Append("</table>\n");

        h.Append("<h2>Thank-you email draft</h2>\n<p><b>To:</b> ").Append(E(report.Email.To)).Append("<br><b>Subject:</b> ").Append(E(report.Email.Subject))
         .Append("</p>\n<pre>").Append(E(report.Email.Body)).Append("</pre>\n</body></html>\n");
        return h.ToString();
    }

    /// <summary>One horizontal bar split by each speaker's share of all speech, with the 20% target marked.</summary>
    private static string TalkRatioSvg(InterviewStats stats)
    {
        const int width = 900, height = 70, barY = 10, barHeight = 30;
        var svg = new StringBuilder($"<svg role=\"img\" aria-label=\"Talk ratio\" width=\"100%\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        double x = 0;
        for (var i = 0; i < stats.Speakers.Count; i++)
        {
            var sp = stats.Speakers[i];
            var w = sp.Share * width;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{barY}\" width=\"{w:0.#}\" height=\"{barHeight}\" fill=\"{s_colours[i % s_colours.Length]}\"><title>{E(sp.Name)}: {MediaClock.Percent(sp.Share)}</title></rect>");
            if (w > 80) svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 8:0.#}\" y=\"{barY + 20}\" fill=\"#fff\" font-size=\"14\">{E(sp.Name)} {MediaClock.Percent(sp.Share)}</text>");
            x += w;
        }
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{width * 0.2:0.#}\" x2=\"{width * 0.2:0.#}\" y1=\"4\" y2=\"{barY + barHeight + 6}\" stroke=\"#222\" stroke-dasharray=\"4 3\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{width * 0.2 + 4:0.#}\" y=\"{height - 6}\" font-size=\"12\" fill=\"#222\">20% target for the interviewer</text></svg>");
        return svg.ToString();
    }

    /// <summary>For each minute, one bar per speaker: seconds spoken (0–60).</summary>
    private static string TimelineSvg(InterviewStats stats)
    {
        const int width = 900, height = 200, left = 30, bottom = 20, top = 10;
        var minutes = Math.Max(1, stats.MinuteCount);
        var plotWidth = width - left - 10;
        var slot = (double)plotWidth / minutes;
        var speakers = Math.Max(1, stats.Speakers.Count);
        var barWidth = Math.Max(1, slot / speakers - 1);
        var plotHeight = height - bottom - top;
        var svg = new StringBuilder($"<svg role=\"img\" aria-label=\"Talk time per minute\" width=\"100%\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{width - 10}\" y1=\"{height - bottom}\" y2=\"{height - bottom}\" stroke=\"#999\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{top + 10}\" font-size=\"11\" fill=\"#666\">60s</text>");
        for (var m = 0; m < minutes; m++)
        {
            for (var i = 0; i < stats.Speakers.Count; i++)
            {
                var sp = stats.Speakers[i];
                var seconds = m < sp.SecondsPerMinute.Count ? Math.Min(60, sp.SecondsPerMinute[m]) : 0;
                var h = seconds / 60 * plotHeight;
                var x = left + m * slot + i * (slot / speakers);
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{height - bottom - h:0.#}\" width=\"{barWidth:0.#}\" height=\"{h:0.#}\" fill=\"{s_colours[i % s_colours.Length]}\"><title>{E(sp.Name)}, minute {m + 1}: {seconds:0} s</title></rect>");
            }
            if (m % 5 == 0)
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left + m * slot:0.#}\" y=\"{height - 5}\" font-size=\"11\" fill=\"#666\">{m}:00</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Legend(InterviewStats stats)
    {
        var legend = new StringBuilder("<p class=\"legend\">");
        for (var i = 0; i < stats.Speakers.Count; i++)
            legend.Append("<span><svg width=\"12\" height=\"12\"><rect width=\"12\" height=\"12\" fill=\"").Append(s_colours[i % s_colours.Length])
                  .Append("\"/></svg> ").Append(E(stats.Speakers[i].Name)).Append("</span>");
        return legend.Append("</p>\n").ToString();
    }

    private static void List(StringBuilder h, string title, IReadOnlyList<Quote> quotes)
    {
        if (quotes.Count == 0) return;
        h.Append("<h2>").Append(E(title)).Append("</h2>\n<ul>");
        foreach (var q in quotes) h.Append("<li>").Append(Inline(q)).Append("</li>");
        h.Append("</ul>\n");
    }

    private static string Block(Quote q) => $"<blockquote>\u201C{E(q.Text)}\u201D<time>{E(q.Speaker)}, {MediaClock.Format(q.At)}</time></blockquote>\n";

    private static string Inline(Quote q) => $"\u201C{E(q.Text)}\u201D<time>{MediaClock.Format(q.At)}</time>";

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
}

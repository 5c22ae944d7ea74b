using System.Globalization;
using System.Text;
using InterviewBot.Core.PostCall.Quotes;
using InterviewBot.Core.PostCall.Snapshot.Facts;

namespace InterviewBot.Core.PostCall.Rendering;

/// <summary>Renders <c>snapshot.md</c>: the one-page snapshot, then the scorecard and the headline stats.</summary>
public static class SnapshotMarkdown
{
    public static string Render(PostCallReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = report.Snapshot;
        var who = s.Interviewee;
        var md = new StringBuilder();
        md.Append("# Interview snapshot: ").Append(who.Name).Append('\n');
        var about = string.Join(", ", new[] { who.Role, who.Company }.Where(x => !string.IsNullOrEmpty(x)));
        if (about.Length > 0) md.Append('\n').Append(about).Append('\n');
        if (who.Introduction is { } intro) md.Append('\n').Append(Line(intro));
        foreach (var b in s.Background) md.Append('\n').Append(Line(b));
        md.Append("\nInterviewed by ").Append(report.Interviewer).Append(", ").Append(MediaClock.Format(report.Stats.Duration)).Append(" long");
        if (report.Setup.Goal is { Length: > 0 } goal) md.Append(". Goal: ").Append(goal);
        md.Append(".\n");

        if (s.MemorableQuote is { } memorable) md.Append("\n## Memorable quote\n\n").Append(Line(memorable));
        if (s.Summary.Count > 0)
        {
            md.Append("\n## In short\n\n");
            foreach (var line in s.Summary) md.Append("- ").Append(line).Append('\n');
        }
        QuickFactLines(md, s.Facts);
        Section(md, "Key insights", s.KeyInsights);
        Section(md, "Opportunities", s.Opportunities);
        if (s.ContextQuote is { } context) md.Append("\n## Context\n\n").Append(Line(context));
        Section(md, "Alternatives named", s.Alternatives);
        Section(md, "Complaints", s.Complaints);
        Section(md, "Emotions", s.Emotions);
        Section(md, "Commitments and next step", s.Commitments, "No next step was agreed: ask for one in the thank-you email.");

        md.Append("\n## Scorecard (").Append(report.Scorecard.Passed).Append('/').Append(report.Scorecard.Practices.Count).Append(")\n\n");
        foreach (var p in report.Scorecard.Practices)
        {
            md.Append("- ").Append(p.Passed ? "✅ " : "❌ ").Append(p.Name).Append(": ").Append(p.Note).Append('\n');
            foreach (var e in p.Evidence) md.Append("  - ").Append(Inline(e)).Append('\n');
        }

        RevisitSection(md, report.Scorecard.MomentsToRevisit);

        md.Append("\n## Stats\n\n");
        foreach (var sp in report.Stats.Speakers)
            md.Append("- ").Append(sp.Name).Append(" (").Append(sp.Role).Append("): ").Append(MediaClock.Format(sp.TalkTime))
              .Append(", ").Append(MediaClock.Percent(sp.Share)).Append(" of the talk; longest monologue ")
              .Append(sp.LongestMonologue.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)).Append(" s\n");
        md.Append("- Interruptions: ").Append(report.Stats.Interruptions.Count).Append('\n');
        md.Append("- Open questions: ").Append(MediaClock.Percent(report.Stats.OpenQuestionShare))
          .Append(" of questions; follow-ups: ").Append(report.Stats.FollowUps).Append('\n');
        md.Append("- Nudges during the call: ").Append(report.Nudges.Count).Append('\n');
        return md.ToString();
    }

    /// <summary>Each moment: its time, the nudge, the words, what to try instead, and whether the card was shown live.</summary>
    private static void RevisitSection(StringBuilder md, IReadOnlyList<Scorecard.RevisitMoment> moments)
    {
        if (moments.Count == 0) return;
        md.Append("\n## Moments to revisit\n\n");
        foreach (var m in moments)
        {
            md.Append("- ").Append(MediaClock.Format(m.At)).Append(" **").Append(m.Nudge).Append("**");
            if (m.Words.Length > 0) md.Append(" \u201C").Append(m.Words).Append('\u201D');
            md.Append(": ").Append(m.Why).Append(" Try instead: ").Append(m.TryInstead);
            md.Append(m.Shown ? " _(shown during the call)_" : $" _(not shown: {m.HeldBackBecause})_").Append('\n');
        }
    }

    private static void Section(StringBuilder md, string title, IReadOnlyList<Quote> quotes, string? whenEmpty = null)
    {
        if (quotes.Count == 0 && whenEmpty is null) return;
        md.Append("\n## ").Append(title).Append("\n\n");
        if (quotes.Count == 0) md.Append(whenEmpty).Append('\n');
        foreach (var q in quotes) md.Append("- ").Append(Inline(q)).Append('\n');
    }

    /// <summary>Who they are, the numbers, then the named things; the rarely named ones share one line.</summary>
    private static void QuickFactLines(StringBuilder md, IReadOnlyList<QuickFact> facts)
    {
        if (facts.Count == 0) return;
        md.Append("\n## Quick facts\n\n");
        foreach (var f in facts.Where(f => f.Kind != FactKind.Named || f.Clause is not null))
        {
            md.Append("- ");
            if (f.Kind == FactKind.Named) md.Append("**").Append(f.Term).Append("** ");
            if (f.Clause is { } clause) md.Append(Inline(clause));
            md.Append('\n');
        }
        var bare = facts.Where(f => f.Kind == FactKind.Named && f.Clause is null).ToList();
        if (bare.Count > 0)
            md.Append("- Also named: ").Append(string.Join(", ", bare.Select(f => $"{f.Term} ({MediaClock.Format(f.At)})"))).Append('\n');
    }

    private static string Line(Quote q) => $"> \u201C{q.Text}\u201D ({q.Speaker}, {MediaClock.Format(q.At)})\n";

    private static string Inline(Quote q) => $"\u201C{q.Text}\u201D ({MediaClock.Format(q.At)})";
}

using System.Text.RegularExpressions;
using InterviewBot.Core.ContentPack;
using InterviewBot.Core.PostCall.Quotes;
using InterviewBot.Core.PostCall.Snapshot.Cues;
using InterviewBot.Core.PostCall.Snapshot.Facts;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.PostCall.Snapshot.Evaluation;

/// <summary>
/// Scores a written snapshot against the facts listed for its interview: which facts appear in
/// <c>snapshot.md</c>, how many quotes appear in more than one section (the memorable quote aside), which
/// sections carry no fact, which quick facts have neither a name nor a number, and what fails grounding
/// (a quote not in the interviewee's words, a number not in the transcript).
/// </summary>
public static partial class SnapshotCheck
{
    public static SnapshotScore Score(string interview, PostCallReport report, string markdown, IReadOnlyList<ListedFact> facts, ISessionView session)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(session);
        var page = SnapshotPart(markdown);
        var lines = page.Split('\n');
        var recalled = facts.Where(f => lines.Any(f.IsOn)).ToList();
        var missed = facts.Except(recalled).ToList();

        var sections = Sections(report.Snapshot);
        var repeated = 0;
        for (var i = 0; i < sections.Count; i++)
            for (var j = i + 1; j < sections.Count; j++)
                repeated += sections[i].Quotes.Sum(a => sections[j].Quotes.Count(b => Overlap(a, b)));

        var known = NamedThingFinder.MidSentenceCapitals(session.Utterances.Select(u => u.Text));
        // A feeling paired with its cause in the same quote says what it is about: that counts as a fact (issue 23).
        bool HasFact(string text) => NamedThingFinder.Find(text, known).Count > 0 || NumberFinder.Find(text).Count > 0 || facts.Any(f => f.IsOn(text))
            || FeelingCues.PairsWithCause(text);
        var withoutFact = sections.Where(s => s.Name != "Quick facts" && s.Quotes.Count > 0 && !s.Quotes.Any(q => HasFact(q.Text))).Select(s => s.Name).ToList();
        var bareQuickFacts = report.Snapshot.Facts.Count(f => f.Kind == FactKind.Who && (f.Clause is null || NamedThingFinder.Find(f.Clause.Text, known).Count == 0 && NumberFinder.Find(f.Clause.Text).Count == 0));

        // The header ("32:14 long") and the list bullets are layout, not claims; everything else is checked.
        var claims = string.Join('\n', lines.Where(l => !l.StartsWith("Interviewed by ", StringComparison.Ordinal) && !l.StartsWith("# ", StringComparison.Ordinal)));
        claims = Attribution().Replace(claims, " "); // "(Anna Derbakova, 01:59)" says who and when, not what
        claims = Timestamp().Replace(claims, " ");
        return new SnapshotScore(interview, recalled, missed, repeated, withoutFact, bareQuickFacts, ContentGrounding.Problems(claims, session));
    }

    /// <summary>True when two quotes come from the same utterance and share words: the same sentence quoted twice.</summary>
    public static bool Overlap(Quote a, Quote b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.At != b.At || a.Speaker != b.Speaker) return false;
        var pa = Verbatim.Pieces(a.Text).ToList();
        var pb = Verbatim.Pieces(b.Text).ToList();
        return pa.Any(x => pb.Any(y => x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal) || SharesWords(x, y)));
    }

    /// <summary>Lower case, typographic quotes and apostrophes folded to plain ones.</summary>
    public static string Fold(string text) =>
        (text ?? "").Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"').ToLowerInvariant();

    private static bool SharesWords(string x, string y)
    {
        var wx = x.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (wx.Length < 6) return false;
        for (var i = 0; i + 6 <= wx.Length; i++)
            if (y.Contains(string.Join(' ', wx[i..(i + 6)]), StringComparison.Ordinal)) return true;
        return false;
    }

    private static string SnapshotPart(string markdown)
    {
        var end = markdown.IndexOf("\n## Scorecard", StringComparison.Ordinal);
        return end < 0 ? markdown : markdown[..end];
    }

    private static List<(string Name, IReadOnlyList<Quote> Quotes)> Sections(InterviewSnapshot s) =>
    [
        ("Introduction", s.Interviewee.Introduction is { } i ? [i, .. s.Background] : s.Background),
        ("Quick facts", s.QuickFacts),
        ("Key insights", s.KeyInsights),
        ("Opportunities", s.Opportunities),
        ("Context", s.ContextQuote is { } c ? [c] : []),
        ("Alternatives named", s.Alternatives),
        ("Complaints", s.Complaints),
        ("Emotions", s.Emotions),
        ("Commitments", s.Commitments),
    ];

    [GeneratedRegex(@"\((?:[^()\u201C\u201D]+), \d{1,2}:\d{2}(?::\d{2})?\)")]
    private static partial Regex Attribution();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}(?::\d{2})?\b")]
    private static partial Regex Timestamp();
}

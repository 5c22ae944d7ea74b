using System.Text;
using InterviewBot.Core.Coaching.Classification;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.PostCall.Quotes;
using InterviewBot.Core.PostCall.Rendering;
using InterviewBot.Core.PostCall.Snapshot.Facts;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.ContentPack;

/// <summary>
/// Drafts the content pack from the interviewee's own sentences and the snapshot's facts (the headline is a
/// result, else the first number they gave; the customer is who they are and their numbers): each section is filled with verbatim
/// quotes chosen by what the interviewer asked (before, discovery, skepticism, results, advice) and
/// what the sentence is (a number, a feeling, a story). What the interview did not give is said, never
/// invented, and the result is grounding-checked before it is returned.
/// </summary>
public static class ContentPackBuilder
{
    private const string NoMetric = "No metric was given — ask for one in the follow-up.";

    public static ContentPack Build(PostCallReport report, ISessionView session, IUtteranceClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(classifier);
        var quotes = new QuoteSource(session);
        var who = report.Snapshot.Interviewee;
        var company = who.Company ?? report.Setup.Company;
        IReadOnlyList<Quote> Answers(StructureTags tag) => TaggedAnswers.For(session, tag).SelectMany(quotes.Sentences).ToArray();
        bool Quantified(Quote q) => (classifier.Classify(q.Text, ParticipantRole.Interviewee, null).Labels & UtteranceLabels.Quantified) != 0;

        var telling = Answers(StructureTags.ResultsMetrics).Concat(Answers(StructureTags.AhaMoment)).Concat(Answers(StructureTags.Surprise))
            .Concat(Answers(StructureTags.Advice)).Select(q => q.Text).ToHashSet(StringComparer.Ordinal);
        var ranked = Rank(session, classifier, quotes, telling);
        var results = Answers(StructureTags.ResultsMetrics).Concat(Answers(StructureTags.AhaMoment)).Where(Quantified).DistinctBy(q => q.Text).ToList();
        var facts = report.Snapshot.Facts.Where(f => f.Clause is not null && f.Kind != FactKind.Named).ToList();
        var headline = results.FirstOrDefault() ?? facts.FirstOrDefault(f => f.Kind == FactKind.Number)?.Clause;

        var caseStudy = new StringBuilder();
        caseStudy.Append("# ").Append(company ?? who.Name).Append(": ")
                 .Append(headline is null ? "a customer story" : $"\u201C{headline.Text}\u201D").Append("\n\n");
        caseStudy.Append("## The customer\n\n").Append(who.Name);
        if (who.Role is { Length: > 0 } role) caseStudy.Append(", ").Append(role);
        if (company is { Length: > 0 }) caseStudy.Append(" at ").Append(company);
        caseStudy.Append(".\n");
        foreach (var q in facts.Select(f => f.Clause!).Where(q => q.Text != headline?.Text).Take(3)) caseStudy.Append(Bullet(q));
        Section(caseStudy, "The challenge", Answers(StructureTags.BeforeContext).Concat(report.Snapshot.Complaints).DistinctBy(q => q.Text).Take(4),
            "The interview did not cover the before — ask what it was like before they started.");
        Section(caseStudy, "How they found it and chose it", Answers(StructureTags.Discovery).Concat(Answers(StructureTags.Skepticism)).DistinctBy(q => q.Text).Take(4),
            "They were not asked how they found it or what almost stopped them — ask in the follow-up.");
        Section(caseStudy, "The results", results.Take(5), NoMetric);
        var shown = results.Select(q => q.Text).Append(headline?.Text).ToHashSet(StringComparer.Ordinal);
        Section(caseStudy, "In their words", ranked.Where(q => !shown.Contains(q.Text)).Take(3), "No quotable line yet.");
        Section(caseStudy, "Their advice", Answers(StructureTags.Advice).Take(2), "No advice was asked for.");

        var candidates = ranked.Take(5).ToList();
        var first = who.Name.Split(' ')[0];
        var testimonials = new StringBuilder("# Testimonial candidates\n\nRanked: specific, emotional and quantified lines first.\n\n");
        for (var i = 0; i < candidates.Count; i++)
            testimonials.Append(i + 1).Append(". \u201C").Append(candidates[i].Text).Append("\u201D — ").Append(who.Name).Append(" (").Append(MediaClock.Format(candidates[i].At)).Append(")\n");
        if (candidates.Count == 0) testimonials.Append("No quotable line yet: ask for one in the follow-up.\n");
        testimonials.Append("\n## Quote approval email\n\n**To:** ").Append(who.Name).Append("  \n**Subject:** May I quote you?\n\n")
            .Append("Hi ").Append(first).Append(",\n\nThank you again for the conversation. I'd love to quote you on the lines below. ")
            .Append("Could you reply with OK, or with any changes you'd like? Nothing goes out without your approval.\n\n");
        foreach (var q in candidates.Take(3)) testimonials.Append("- \u201C").Append(q.Text).Append("\u201D\n");
        testimonials.Append("\nThanks,\n").Append(report.Interviewer.Split(' ')[0]).Append('\n');

        var linkedIn = Post(who.Name, company, headline, Answers(StructureTags.BeforeContext).Concat(report.Snapshot.Complaints).FirstOrDefault(),
            results.Skip(1).Concat(ranked).DistinctBy(q => q.Text).Where(q => q.Text != headline?.Text).Take(2), FirstOf(Answers(StructureTags.Advice)), ContentPack.LinkedInMaxWords);
        var newsletter = Post(who.Name, company, headline, null, ranked.Where(q => q.Text != headline?.Text).Take(1), null, ContentPack.NewsletterMaxWords);

        var pack = new ContentPack(caseStudy.ToString(), testimonials.ToString(), linkedIn, newsletter, ranked);
        var problems = pack.Files().SelectMany(f => ContentGrounding.Problems(f.Markdown, session).Select(p => $"{f.Name}: {p}")).ToList();
        return problems.Count == 0 ? pack : throw new InvalidOperationException("content pack is not grounded: " + string.Join("; ", problems));
    }

    /// <summary>Interviewee sentences ranked for quoting: numbers, feelings and stories beat generic praise, and answers about results, turning points and advice beat background.</summary>
    private static List<Quote> Rank(ISessionView session, IUtteranceClassifier classifier, QuoteSource quotes, HashSet<string> telling) =>
        session.Utterances
            .Where(u => session.RoleOf(u.SpeakerId) == ParticipantRole.Interviewee)
            .SelectMany(quotes.Sentences)
            .Select(q => QuoteSource.Clean(q, 5))
            .OfType<Quote>()
            .Select(q => (Quote: q, Labels: classifier.Classify(q.Text, ParticipantRole.Interviewee, null).Labels, Words: ContentPack.Words(q.Text)))
            .Where(x => x.Words is >= 5 and <= 40)
            .Select(x => (x.Quote, Score:
                ((x.Labels & UtteranceLabels.Quantified) != 0 ? 3 : 0) + ((x.Labels & UtteranceLabels.Emotion) != 0 ? 2 : 0)
                + ((x.Labels & UtteranceLabels.Story) != 0 ? 1 : 0) + (x.Words >= 8 ? 1 : 0) - ((x.Labels & UtteranceLabels.VaguePraise) != 0 ? 2 : 0)
                + (telling.Contains(x.Quote.Text) ? 2 : 0)
                - ((x.Labels & UtteranceLabels.Complaint) != 0 && (x.Labels & UtteranceLabels.Quantified) == 0 ? 1 : 0)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Quote.At)
            .Select(x => x.Quote)
            .DistinctBy(q => q.Text)
            .ToList();

    private static Quote? FirstOf(IReadOnlyList<Quote> quotes) => quotes.Count > 0 ? quotes[0] : null;

    private static void Section(StringBuilder md, string title, IEnumerable<Quote> quotes, string missing)
    {
        md.Append("\n## ").Append(title).Append("\n\n");
        var any = false;
        foreach (var q in quotes)
        {
            md.Append(Bullet(q));
            any = true;
        }
        if (!any) md.Append(missing).Append('\n');
    }

    private static string Bullet(Quote q) => $"- \u201C{q.Text}\u201D ({MediaClock.Format(q.At)})\n";

    /// <summary>A short post in the interviewee's words, cut to the word limit by dropping whole quotes, never by paraphrase.</summary>
    private static string Post(string name, string? company, Quote? headline, Quote? challenge, IEnumerable<Quote> more, Quote? advice, int maxWords)
    {
        var at = company is { Length: > 0 } ? $" at {company}" : "";
        var parts = new List<string> { $"What we learned from {name}{at}." };
        if (challenge is not null) parts.Add($"Before: \u201C{challenge.Text}\u201D");
        if (headline is not null) parts.Add($"What changed: \u201C{headline.Text}\u201D");
        parts.AddRange(more.Select(q => $"\u201C{q.Text}\u201D"));
        if (advice is not null) parts.Add($"Their advice: \u201C{advice.Text}\u201D");
        if (headline is null) parts.Add(NoMetric);
        while (parts.Count > 1 && ContentPack.Words(string.Join("\n\n", parts)) > maxWords) parts.RemoveAt(parts.Count - 1);
        return string.Join("\n\n", parts) + "\n";
    }
}

using InterviewBot.Core.Coaching.Classification;
using InterviewBot.Core.PostCall.Quotes;
using InterviewBot.Core.PostCall.Snapshot.Cues;
using InterviewBot.Core.PostCall.Snapshot.Facts;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.PostCall.Snapshot;

/// <summary>
/// Builds the snapshot extractively. Quick facts come first and are facts: who the interviewee is, every
/// number with its unit cut to the clause that carries it, and the things they named with when each was
/// first said. The sections then take the remaining sentences, each for its own reason, ranked by
/// specificity and spread over the call, and no sentence is quoted twice (the memorable quote aside).
/// Nothing is paraphrased: every quote is the speaker's words, with left-out fillers shown as " … ".
/// </summary>
public static class SnapshotBuilder
{
    private const int MaxWho = 5;
    private const int MaxBackground = 2;
    private const int MaxNumbers = 20;
    private const int MaxNamedWithClause = 12;
    private const int MaxNamed = 40;
    private const int MaxInsights = 6;
    private const int MaxLessons = 3;
    private const int MaxHabits = 3;
    private const int MaxEmotions = 3;

    public static InterviewSnapshot Build(ISessionView session, IUtteranceClassifier classifier, QuoteSource quotes)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(quotes);
        var sentences = FactExtractor.Extract(session, classifier, quotes);
        var picker = new SectionPicker(sentences);
        var interviewee = IntervieweeReader.Read(session, quotes);
        foreach (var s in sentences.Where(s => interviewee.Introduction is { } intro && s.Sentence.At == intro.At && Verbatim.IsIn(intro.Text, s.Sentence.Text)))
            picker.Claim(s);

        var (who, background) = WhoFacts(sentences, picker);
        var numbers = NumberFacts(sentences, picker);
        var memorable = Memorable(sentences);
        var context = BestStory(sentences.Where(s => memorable is null || !Evaluation.SnapshotCheck.Overlap(s.Sentence, memorable)).ToList(), picker);
        // Lessons lead Key insights: what they learnt from it is what a reader acts on first.
        var lessons = picker.Pick(MaxLessons, SentenceCues.IsLesson, minScore: 2, prepare: s => SectionPicker.Prepare(s, PlainCues.LessonAt));
        var insights = picker.Pick(MaxInsights - lessons.Count, s => SentenceCues.IsInsight(s) || s.HasFact && (SentenceCues.IsStory(s) || SentenceCues.IsFeeling(s)), minScore: 4,
            prepare: s => SectionPicker.Prepare(s, SentenceCues.InsightAt));
        var complaints = picker.Pick(7, SentenceCues.IsPain, minScore: 2, prepare: s => SectionPicker.Prepare(s, SentenceCues.PainAt));
        var opportunities = picker.Pick(7, SentenceCues.IsNeed, minScore: 2, prepare: s => SectionPicker.Prepare(s, SentenceCues.NeedAt));
        var alternatives = picker.Pick(4, SentenceCues.IsAlternative, minScore: 1);
        // Habits are how they get by today, so they stand with the other ways named.
        var habits = picker.Pick(MaxHabits, SentenceCues.IsPractice, minScore: 1, prepare: s => SectionPicker.Prepare(s, PlainCues.PracticeAt));
        // A feeling with its cause says what it is about; it goes first, bare feelings fill the rest.
        var caused = picker.Pick(MaxEmotions, s => SentenceCues.IsFeeling(s) && FeelingCues.PairsWithCause(s.Sentence.Text), minScore: 2, prepare: FeelingQuote);
        var emotions = picker.Pick(MaxEmotions - caused.Count, SentenceCues.IsFeeling, minScore: 2, prepare: FeelingQuote);
        var commitments = picker.Pick(4, SentenceCues.IsCommitment, minScore: -10);
        var named = NamedFacts(sentences, picker);

        return new InterviewSnapshot(
            interviewee,
            memorable,
            [.. who, .. numbers, .. named],
            [.. lessons, .. insights],
            opportunities,
            context,
            [.. alternatives, .. habits],
            complaints,
            [.. caused, .. emotions],
            commitments) { Background = background };
    }

    /// <summary>
    /// Who they are, in their words. A self-description that names a place, an employer or a project, or gives a
    /// tenure, is a quick fact, cut to the clause that joins it to the nearest name or number; one with neither
    /// ("I'm a technical evangelist") still says who they are, so it goes under the header instead.
    /// </summary>
    private static (List<QuickFact> Facts, List<Quote> Background) WhoFacts(IReadOnlyList<SentenceFacts> sentences, SectionPicker picker)
    {
        var facts = new List<QuickFact>();
        var background = new List<Quote>();
        foreach (var s in sentences.Where(s => s.Who is not null && !picker.IsClaimed(s)).OrderByDescending(s => s.HasFact).ThenBy(s => s.Index))
        {
            if (facts.Count == MaxWho && (background.Count == MaxBackground || s.HasFact)) continue;
            var span = s.Who!.Value;
            var nearest = s.Names.Concat(s.Numbers).OrderBy(t => Math.Abs(t.Start - span.Start)).FirstOrDefault();
            var (from, to) = nearest.Term is null ? (span.Start, span.End) : (Math.Min(span.Start, nearest.Start), Math.Max(span.End, nearest.End));
            if (ClauseCutter.Around(s.Sentence, from, to, maxWords: 28) is not { } clause) continue;
            var carries = s.Names.Concat(s.Numbers).Any(t => clause.Text.Contains(t.Term, StringComparison.Ordinal));
            if (carries && facts.Count < MaxWho) facts.Add(new QuickFact(FactKind.Who, span.Term, s.Sentence.At, clause));
            else if (!carries && background.Count < MaxBackground && !PlainCues.IsUnnamedPlaceOrTeam(clause.Text)) background.Add(clause);
            else continue;
            picker.Claim(s);
        }
        facts.Sort((a, b) => a.At.CompareTo(b.At));
        return (facts, background.OrderBy(q => q.At).ToList());
    }

    private static List<QuickFact> NumberFacts(IReadOnlyList<SentenceFacts> sentences, SectionPicker picker)
    {
        var facts = new List<QuickFact>();
        var shown = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in sentences.Where(s => s.Numbers.Count > 0 && !picker.IsClaimed(s)))
        {
            if (facts.Count == MaxNumbers) break;
            if (s.Numbers.All(n => shown.Contains(n.Term))) continue; // the same number said again is the same fact
            foreach (var n in s.Numbers) shown.Add(n.Term);
            // Enough words around the number to say what it measures, and never past one readable line.
            var clause = s.Words <= 25 ? QuoteSource.Clean(s.Sentence) : ClauseCutter.Around(s.Sentence, s.Numbers[0].Start, s.Numbers[^1].End, minWords: 12, maxWords: 30);
            if (clause is null) continue;
            var carried = s.Numbers.Where(n => clause.Text.Contains(n.Term, StringComparison.Ordinal)).Select(n => n.Term).ToList();
            facts.Add(new QuickFact(FactKind.Number, string.Join("; ", carried.Count > 0 ? carried : [s.Numbers[0].Term]), s.Sentence.At, clause));
            picker.Claim(s);
        }
        return facts;
    }

    /// <summary>Named things, most mentioned first; the first few with the clause they were first said in when that sentence is not quoted elsewhere.</summary>
    private static List<QuickFact> NamedFacts(IReadOnlyList<SentenceFacts> sentences, SectionPicker picker)
    {
        var facts = new List<QuickFact>();
        var names = FactExtractor.Names(sentences).OrderByDescending(n => n.Mentions).ThenBy(n => n.First.Index).Take(MaxNamed).ToList();
        foreach (var (term, first, _) in names)
        {
            Quote? clause = null;
            if (facts.Count(f => f.Clause is not null) < MaxNamedWithClause && !picker.IsClaimed(first))
            {
                var span = first.Names.First(n => n.Term.Equals(term, StringComparison.OrdinalIgnoreCase));
                clause = ClauseCutter.Around(first.Sentence, span.Start, span.End, minWords: 5, maxWords: 16);
                if (clause is not null) picker.Claim(first);
            }
            facts.Add(new QuickFact(FactKind.Named, term, first.Sentence.At, clause));
        }
        return facts;
    }

    /// <summary>A feeling said in a few words ("It was a relief.") is quoted whole; longer ones like any section's quote.</summary>
    private static Quote? FeelingQuote(SentenceFacts s) => s.Words < 6 ? QuoteSource.Clean(s.Sentence, 3) : SectionPicker.Prepare(s);

    /// <summary>The context story: the most specific long story, one that names something or gives a number first, cut to whole clauses.</summary>
    private static Quote? BestStory(IReadOnlyList<SentenceFacts> sentences, SectionPicker picker)
    {
        var story = sentences.Where(s => !picker.IsClaimed(s) && SentenceCues.IsStory(s) && s.Words >= 12)
            .OrderByDescending(s => s.HasFact).ThenByDescending(s => Specificity.Score(s) + Math.Min(s.Words, 40) / 10).ThenBy(s => s.Index).FirstOrDefault();
        if (story is null) return null;
        picker.Claim(story);
        return SectionPicker.Prepare(story);
    }

    /// <summary>The most telling sentence of the call; it may also appear in a section.</summary>
    private static Quote? Memorable(IReadOnlyList<SentenceFacts> sentences) =>
        sentences.Where(s => !SentenceCues.IsCommitment(s) && s.Words is >= 6 and <= 30 && !SentenceCues.IsGeneric(s))
            .OrderByDescending(s => Specificity.Score(s) + (SentenceCues.IsFeeling(s) ? 3 : 0) + (SentenceCues.IsStory(s) ? 1 : 0))
            .ThenBy(s => s.Index)
            .Select(s => QuoteSource.Clean(s.Sentence, 5))
            .FirstOrDefault(q => q is not null);
}

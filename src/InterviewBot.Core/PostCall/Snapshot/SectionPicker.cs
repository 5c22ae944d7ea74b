using InterviewBot.Core.PostCall.Quotes;
using InterviewBot.Core.PostCall.Snapshot.Facts;

namespace InterviewBot.Core.PostCall.Snapshot;

/// <summary>
/// Fills the snapshot's sections so that none repeats another: each sentence can be claimed once. A section
/// takes its best candidates by specificity, at most a third of them from any third of the interview first,
/// so its quotes are spread over the call rather than bunched at its start.
/// </summary>
public sealed class SectionPicker(IReadOnlyList<SentenceFacts> sentences)
{
    private const int MaxQuoteWords = 32;
    private readonly HashSet<int> _claimed = [];
    private readonly TimeSpan _end = sentences.Count > 0 ? sentences[^1].Sentence.At : TimeSpan.Zero;

    /// <summary>True when the sentence is already quoted somewhere.</summary>
    public bool IsClaimed(SentenceFacts s) => _claimed.Contains(s.Index);

    /// <summary>Marks a sentence as quoted.</summary>
    public void Claim(SentenceFacts s) => _claimed.Add(s.Index);

    /// <summary>Up to <paramref name="count"/> quotes of sentences that meet <paramref name="reason"/>, best first across the call, returned in time order; <paramref name="prepare"/> makes the quote (default <see cref="Prepare(SentenceFacts)"/>).</summary>
    public IReadOnlyList<Quote> Pick(int count, Func<SentenceFacts, bool> reason, int minScore = 1, Func<SentenceFacts, Quote?>? prepare = null)
    {
        ArgumentNullException.ThrowIfNull(reason);
        prepare ??= Prepare;
        var ranked = sentences.Where(s => !_claimed.Contains(s.Index) && reason(s))
            .Select(s => (Facts: s, Score: Specificity.Score(s)))
            .Where(x => x.Score >= minScore)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Facts.Index)
            .ToList();
        var chosen = new List<(SentenceFacts Facts, Quote Quote)>();
        var perThird = new int[3];
        var cap = Math.Max(1, (int)Math.Ceiling(count / 3.0));
        foreach (var pass in new[] { true, false })
            foreach (var (s, _) in ranked)
            {
                if (chosen.Count == count) break;
                if (_claimed.Contains(s.Index)) continue;
                var third = Third(s.Sentence.At);
                if (pass && perThird[third] >= cap) continue;
                if (chosen.Any(c => c.Facts.Sentence.At == s.Sentence.At)) continue; // one quote per utterance in a section
                if (prepare(s) is not { } quote) continue;
                chosen.Add((s, quote));
                perThird[third]++;
                _claimed.Add(s.Index);
            }
        if (chosen.Count > 0 && !chosen.Any(c => Carries(c.Facts, c.Quote)))
        {
            // A section of generic talk only: its weakest quote gives way to the best candidate that names something or gives a number.
            var best = ranked.Select(x => x.Facts)
                .Where(s => !_claimed.Contains(s.Index) && s.HasFact && chosen.Take(chosen.Count - 1).All(c => c.Facts.Sentence.At != s.Sentence.At))
                .Select(s => (Facts: s, Quote: prepare(s))).FirstOrDefault(x => x.Quote is not null && Carries(x.Facts, x.Quote));
            if (best.Quote is not null)
            {
                _claimed.Remove(chosen[^1].Facts.Index);
                chosen[^1] = (best.Facts, best.Quote);
                _claimed.Add(best.Facts.Index);
            }
        }
        return chosen.OrderBy(c => c.Facts.Index).Select(c => c.Quote).ToList();
    }

    private static bool Carries(SentenceFacts s, Quote q) => s.Names.Concat(s.Numbers).Any(t => q.Text.Contains(t.Term, StringComparison.Ordinal));

    /// <summary>The readable quote of a sentence: cleaned, and cut to the clauses around its most specific part when long.</summary>
    public static Quote? Prepare(SentenceFacts s) => Prepare(s, null);

    /// <summary>As <see cref="Prepare(SentenceFacts)"/>, but a long sentence is cut around <paramref name="reason"/>'s cue when it has one: the words the section quotes it for.</summary>
    public static Quote? Prepare(SentenceFacts s, Func<SentenceFacts, TermSpan?>? reason)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Words <= MaxQuoteWords) return QuoteSource.Clean(s.Sentence, 6);
        var anchor = reason?.Invoke(s) ?? (s.Names.Count > 0 ? s.Names[0] : s.Numbers.Count > 0 ? s.Numbers[0] : new TermSpan("", 0, 1));
        return ClauseCutter.Around(s.Sentence, anchor.Start, anchor.End, minWords: reason is null ? 12 : 20, maxWords: MaxQuoteWords);
    }

    private int Third(TimeSpan at) => _end <= TimeSpan.Zero ? 0 : Math.Min(2, (int)(at.Ticks * 3 / Math.Max(1, _end.Ticks + 1)));
}

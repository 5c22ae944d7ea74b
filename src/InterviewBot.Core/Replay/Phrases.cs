using InterviewBot.Core.Sessions;
using InterviewBot.Core.Transcripts;

namespace InterviewBot.Core.Replay;

/// <summary>
/// Splits a transcript cue into the phrases a live recognizer would have given (docs/coaching.md §2, "phrases, not
/// cues"): one per sentence, with start and end interpolated across the cue by characters, so each is coached
/// as it ends rather than the whole cue at its end. Two joins keep what one breath says together: a run of
/// questions stays one phrase (several questions at once is a label of its own), and a sentence of one or two
/// words ("Okay.", "Right, so.") joins the next.
/// </summary>
public static class Phrases
{
    private const int ShortSentenceWords = 2;

    /// <summary>The cue's phrases in order; a cue of one sentence is one phrase with the cue's own times.</summary>
    public static IReadOnlyList<Utterance> Of(TranscriptCue cue)
    {
        ArgumentNullException.ThrowIfNull(cue);
        var spans = Join(cue.Text, Sentences(cue.Text));
        if (spans.Count <= 1) return [new Utterance(cue.Speaker, cue.Start, cue.End, cue.Text)];
        var length = (double)cue.Text.Length;
        var duration = cue.End - cue.Start;
        var phrases = new List<Utterance>(spans.Count);
        foreach (var (from, to) in spans)
        {
            var start = cue.Start + duration * (from / length);
            var end = to >= cue.Text.Length ? cue.End : cue.Start + duration * (to / length);
            phrases.Add(new Utterance(cue.Speaker, Whole(start), Whole(end), cue.Text[from..to].Trim()));
        }
        return phrases;
    }

    /// <summary>Sentence spans [from, to): each ends after its terminal marks and any closing quote, at whitespace.</summary>
    private static List<(int From, int To)> Sentences(string text)
    {
        var spans = new List<(int, int)>();
        var from = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '?' or '!' or '…')) continue;
            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '?' or '!' or '…' or '"' or '”' or '\'' or '’' or ')') end++;
            // A sentence ends at whitespace followed by more words; "3.5" and "e.g.," do not end one.
            if (end >= text.Length || !char.IsWhiteSpace(text[end])) { i = end - 1; continue; }
            if (IsAbbreviation(text, from, i)) { i = end - 1; continue; }
            spans.Add((from, end));
            from = end;
            i = end - 1;
        }
        if (text.AsSpan(from).Trim().Length > 0) spans.Add((from, text.Length));
        else if (spans.Count > 0) spans[^1] = (spans[^1].Item1, text.Length);
        return spans;
    }

    private static List<(int From, int To)> Join(string text, List<(int From, int To)> sentences)
    {
        var joined = new List<(int From, int To)>(sentences.Count);
        var pendingShort = -1;
        foreach (var (from, to) in sentences)
        {
            var start = pendingShort >= 0 ? pendingShort : from;
            pendingShort = -1;
            if (WordCount(text, start, to) <= ShortSentenceWords)
            {
                pendingShort = start;
                continue;
            }
            if (joined.Count > 0 && IsQuestion(text, joined[^1]) && IsQuestion(text, (start, to)))
                joined[^1] = (joined[^1].From, to);
            else
                joined.Add((start, to));
        }
        if (pendingShort >= 0)
        {
            if (joined.Count > 0) joined[^1] = (joined[^1].From, text.Length);
            else joined.Add((pendingShort, text.Length));
        }
        return joined;
    }

    private static bool IsQuestion(string text, (int From, int To) span) => text.AsSpan(span.From, span.To - span.From).TrimEnd().TrimEnd("\"”'’)").EndsWith("?");

    private static int WordCount(string text, int from, int to)
    {
        var words = 0;
        var inWord = false;
        for (var i = from; i < to; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }

    /// <summary>"Mr.", "Dr.", "etc." and single initials ("J.") end no sentence.</summary>
    private static bool IsAbbreviation(string text, int from, int dot)
    {
        if (text[dot] != '.') return false;
        var start = dot;
        while (start > from && char.IsLetter(text[start - 1])) start--;
        var word = text.AsSpan(start, dot - start);
        return word.Length == 1 && char.IsUpper(word[0])
            || word.Equals("Mr", StringComparison.OrdinalIgnoreCase) || word.Equals("Mrs", StringComparison.OrdinalIgnoreCase)
            || word.Equals("Ms", StringComparison.OrdinalIgnoreCase) || word.Equals("Dr", StringComparison.OrdinalIgnoreCase)
            || word.Equals("vs", StringComparison.OrdinalIgnoreCase) || word.Equals("etc", StringComparison.OrdinalIgnoreCase)
            || word.Equals("St", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whole milliseconds, as transcripts give them.</summary>
    private static TimeSpan Whole(TimeSpan t) => TimeSpan.FromMilliseconds(Math.Round(t.TotalMilliseconds));
}

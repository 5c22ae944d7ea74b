using System.Text.RegularExpressions;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.PostCall.Quotes;

/// <summary>
/// The only maker of <see cref="Quote"/>s: it hands out whole utterances or their sentences, and checks
/// any other text it is asked to quote is a verbatim substring of an utterance.
/// </summary>
public sealed partial class QuoteSource(ISessionView session)
{
    /// <summary>The utterance's whole text.</summary>
    public Quote Whole(Utterance u)
    {
        ArgumentNullException.ThrowIfNull(u);
        return new Quote(u.Text, u.Start, session.NameOf(u.SpeakerId));
    }

    /// <summary>The utterance split into sentences, each a verbatim piece of it.</summary>
    public IReadOnlyList<Quote> Sentences(Utterance u)
    {
        ArgumentNullException.ThrowIfNull(u);
        var name = session.NameOf(u.SpeakerId);
        return SentenceEnd().Split(u.Text)
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .Select(s => new Quote(s, u.Start, name))
            .ToArray();
    }

    /// <summary>The readable form of a quote: fillers, stutters and false starts left out and shown as " … "; null when nothing of substance is left.</summary>
    public static Quote? Clean(Quote quote, int minWords = 3)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var text = QuoteTrimmer.Trim(quote.Text, minWords);
        return text is null ? null : new Quote(text, quote.At, quote.Speaker);
    }

    /// <summary>A contiguous piece of a quote (a clause of a sentence).</summary>
    public static Quote Part(Quote quote, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return new Quote(quote.Text.Substring(start, length), quote.At, quote.Speaker);
    }

    /// <summary>Quotes <paramref name="text"/> only if some utterance contains it verbatim; otherwise null.</summary>
    public Quote? Find(string text) => Find(text, speakerId: null);

    /// <summary>
    /// Quotes <paramref name="text"/> only if an utterance (of <paramref name="speakerId"/>, when given) contains it.
    /// Typographic quotes and apostrophes may differ; the quote returned is always the transcript's own characters.
    /// </summary>
    public Quote? Find(string text, string? speakerId)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var wanted = Plain(text.Trim());
        foreach (var u in session.Utterances)
        {
            if (speakerId is not null && u.SpeakerId != speakerId) continue;
            var at = Plain(u.Text).IndexOf(wanted, StringComparison.Ordinal);
            if (at >= 0) return new Quote(u.Text.Substring(at, wanted.Length), u.Start, session.NameOf(u.SpeakerId));
        }
        return null;
    }

    // One character for one character, so an index in the plain text is an index in the original.
    private static string Plain(string text) => text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');

    /// <summary>True when the quote is the utterance's own words at its time, in order, gaps shown as " … ", as every quote must be.</summary>
    public bool IsVerbatim(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return session.Utterances.Any(u => u.Start == quote.At && Verbatim.IsIn(quote.Text, u.Text));
    }

    // A sentence ends at . ! ? (or an ellipsis) followed by a space; "Mr. Petrov" and "4 p.m." rarely matter for a quote.
    [GeneratedRegex(@"(?<=[.!?…])\s+(?=[A-Z0-9""'“])")]
    private static partial Regex SentenceEnd();
}

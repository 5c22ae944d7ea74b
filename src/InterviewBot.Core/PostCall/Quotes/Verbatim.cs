namespace InterviewBot.Core.PostCall.Quotes;

/// <summary>
/// The one rule every quote obeys: its text is the speaker's words in order, where words left out (fillers,
/// false starts) are shown as " … ". Each piece between the gaps is a character-for-character substring.
/// </summary>
public static class Verbatim
{
    /// <summary>What stands in for words left out of a quote.</summary>
    public const string Gap = " \u2026 ";

    /// <summary>True when every piece of <paramref name="quote"/> appears in <paramref name="said"/>, in order.</summary>
    public static bool IsIn(string quote, string said)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(said);
        var from = 0;
        var any = false;
        foreach (var piece in Pieces(quote))
        {
            var at = said.IndexOf(piece, from, StringComparison.Ordinal);
            if (at < 0) return false;
            from = at + piece.Length;
            any = true;
        }
        return any;
    }

    /// <summary>The verbatim pieces of a quote, without the gaps.</summary>
    public static IEnumerable<string> Pieces(string quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        return quote.Split('\u2026').Select(p => p.Trim()).Where(p => p.Length > 0);
    }
}

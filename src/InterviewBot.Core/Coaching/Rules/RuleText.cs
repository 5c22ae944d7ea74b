namespace InterviewBot.Core.Coaching.Rules;

/// <summary>Small helpers rules share to quote the transcript and state shares.</summary>
internal static class RuleText
{
    private const int MaxQuoteLength = 160;

    /// <summary>A verbatim quote: the utterance text itself, cut at a word boundary when very long.</summary>
    public static string Quote(string text)
    {
        if (text.Length <= MaxQuoteLength) return text;
        var cut = text.LastIndexOf(' ', MaxQuoteLength);
        return text[..(cut > 0 ? cut : MaxQuoteLength)];
    }

    public static Percent Share(TimeSpan part, TimeSpan whole) => new(whole > TimeSpan.Zero ? part / whole : 0);
}

/// <summary>A fraction shown as a whole percentage.</summary>
internal readonly record struct Percent(double Fraction)
{
    public override string ToString() => $"{Math.Round(Fraction * 100):0}%";
}

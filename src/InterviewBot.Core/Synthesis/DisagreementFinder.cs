namespace InterviewBot.Core.Synthesis;

/// <summary>
/// Finds themes on which interviewees take opposite sides: a group with a clearly favourable clause from one
/// interview and a clearly unfavourable one from another. Both sides are quoted verbatim; the earliest clause of
/// each side in input order is the one quoted, so the same input gives the same pair.
/// </summary>
internal static class DisagreementFinder
{
    /// <summary>The disagreement in a theme's members, or null when all its interviews lean one way.</summary>
    public static Disagreement? In(string theme, IReadOnlyList<ThemeQuote> members)
    {
        var sides = members.Select(q => (Quote: q, Side: Polarity.Of(q.Text))).Where(x => x.Side != 0).ToList();
        foreach (var pro in sides.Where(x => x.Side > 0))
        {
            var con = sides.FirstOrDefault(x => x.Side < 0 && x.Quote.Interview != pro.Quote.Interview);
            if (con.Quote is not null) return new Disagreement(theme, pro.Quote, con.Quote);
        }
        return null;
    }
}

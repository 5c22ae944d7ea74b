namespace InterviewBot.Cli.Synthesis;

/// <summary>
/// Pairs written themes with synthesised ones, one to one: the strongest support first (most interviews whose
/// quote carries the written theme), ties to the earlier written theme, then the earlier synthesised theme.
/// </summary>
internal static class ThemeMatcher
{
    /// <summary>For each written theme, the index of the synthesised theme that finds it, or −1.</summary>
    public static int[] Match(IReadOnlyList<WrittenTheme> written, IReadOnlyList<IReadOnlyList<(string Interview, string Text)>> synthesised)
    {
        var pairs = new List<(int W, int S, int Support)>();
        for (var w = 0; w < written.Count; w++)
            for (var s = 0; s < synthesised.Count; s++)
                if (written[w].SupportIn(synthesised[s]) is var support and > 0) pairs.Add((w, s, support));
        var result = Enumerable.Repeat(-1, written.Count).ToArray();
        var used = new HashSet<int>();
        foreach (var (w, s, _) in pairs.OrderByDescending(p => p.Support).ThenBy(p => p.W).ThenBy(p => p.S))
        {
            if (result[w] >= 0 || used.Contains(s)) continue;
            result[w] = s;
            used.Add(s);
        }
        return result;
    }
}

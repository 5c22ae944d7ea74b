namespace InterviewBot.Core.Synthesis;

/// <summary>
/// Average-linkage agglomerative grouping: merges the most similar groups while their average pairwise cosine is
/// at least the threshold. Uses the nearest-neighbour chain over one similarity matrix (Lance–Williams updates),
/// O(n²) time instead of rescanning all pairs per merge; average linkage is reducible, so the chain gives the same
/// groups as merging the globally best pair each time. Ties go to the lower index, so the same input always gives
/// the same groups.
/// </summary>
public static class AgglomerativeGrouper
{
    /// <summary>Groups of item indexes, each sorted, listed by their first item.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> Group(TfIdfVectors vectors, double threshold)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var n = vectors.Count;
        var sim = new double[n, n];
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++) sim[i, j] = sim[j, i] = vectors.Cosine(i, j);
        var members = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToArray();
        var active = new bool[n];
        Array.Fill(active, true);
        var finished = new bool[n]; // active but with no neighbour at or above the threshold: it can never merge again
        var chain = new List<int>();
        var open = n;
        while (open > 0)
        {
            if (chain.Count == 0) { chain.Add(FirstOpen(active, finished)); }
            var top = chain[^1];
            var previous = chain.Count > 1 ? chain[^2] : -1;
            var (next, best) = Nearest(top, previous, sim, active, finished, n);
            if (next < 0 || best < threshold)
            {
                finished[top] = true;
                open--;
                chain.Clear(); // the rest of the chain may now have other nearest neighbours
                continue;
            }
            if (next != previous) { chain.Add(next); continue; }
            // top and previous are each other's nearest: merge previous into the lower index, keep both off the chain.
            chain.RemoveRange(chain.Count - 2, 2);
            var (keep, drop) = top < previous ? (top, previous) : (previous, top);
            Merge(keep, drop, sim, members, active, n);
            open--;
        }
        return members.Where((m, i) => active[i]).Select(m => (IReadOnlyList<int>)m.Order().ToList()).OrderBy(g => g[0]).ToList();
    }

    private static int FirstOpen(bool[] active, bool[] finished)
    {
        for (var i = 0; i < active.Length; i++) if (active[i] && !finished[i]) return i;
        throw new InvalidOperationException("no open group left");
    }

    /// <summary>The most similar other open group; the chain's previous element wins a tie (so chains never cycle), then the lower index.</summary>
    private static (int Index, double Similarity) Nearest(int of, int previous, double[,] sim, bool[] active, bool[] finished, int n)
    {
        var (index, best) = (-1, double.NegativeInfinity);
        if (previous >= 0) (index, best) = (previous, sim[of, previous]);
        for (var j = 0; j < n; j++)
        {
            if (j == of || !active[j] || finished[j]) continue;
            if (sim[of, j] > best + 1e-12) (index, best) = (j, sim[of, j]);
        }
        return (index, best);
    }

    private static void Merge(int keep, int drop, double[,] sim, List<int>[] members, bool[] active, int n)
    {
        double a = members[keep].Count, b = members[drop].Count;
        for (var k = 0; k < n; k++)
        {
            if (!active[k] || k == keep || k == drop) continue;
            sim[keep, k] = sim[k, keep] = (a * sim[keep, k] + b * sim[drop, k]) / (a + b);
        }
        members[keep].AddRange(members[drop]);
        active[drop] = false;
    }
}

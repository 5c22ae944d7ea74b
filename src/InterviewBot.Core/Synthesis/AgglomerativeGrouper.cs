namespace InterviewBot.Core.Synthesis;

/// <summary>
/// Average-linkage agglomerative grouping: repeatedly merges the two most similar groups while their average
/// pairwise cosine is at least the threshold. Ties go to the pair that comes first in input order, so the
/// same input always gives the same groups.
/// </summary>
public static class AgglomerativeGrouper
{
    /// <summary>Groups of item indexes, each sorted, listed by their first item.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> Group(TfIdfVectors vectors, double threshold)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var groups = Enumerable.Range(0, vectors.Count).Select(i => new List<int> { i }).ToList();
        var sim = new double[vectors.Count, vectors.Count];
        for (var i = 0; i < vectors.Count; i++)
            for (var j = i + 1; j < vectors.Count; j++) sim[i, j] = sim[j, i] = vectors.Cosine(i, j);
        while (true)
        {
            var (bestA, bestB, best) = (-1, -1, double.NegativeInfinity);
            for (var a = 0; a < groups.Count; a++)
                for (var b = a + 1; b < groups.Count; b++)
                {
                    var s = Average(groups[a], groups[b], sim);
                    if (s > best + 1e-12) (bestA, bestB, best) = (a, b, s);
                }
            if (bestA < 0 || best < threshold) break;
            groups[bestA].AddRange(groups[bestB]);
            groups[bestA].Sort();
            groups.RemoveAt(bestB);
        }
        return groups;
    }

    private static double Average(List<int> a, List<int> b, double[,] sim)
    {
        var sum = 0.0;
        foreach (var i in a) foreach (var j in b) sum += sim[i, j];
        return sum / (a.Count * b.Count);
    }
}

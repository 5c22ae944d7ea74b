using InterviewBot.Core.Synthesis;

namespace InterviewBot.Core.Tests.Synthesis;

/// <summary>The nearest-neighbour chain must give exactly the groups of the textbook loop that merges the best pair each time.</summary>
public sealed class AgglomerativeGrouperChainTests
{
    private static readonly string[] s_words =
        ["plot", "scatter", "ice", "cluster", "brush", "highlight", "oven", "invoice", "supplier", "notebook", "hand", "importance", "rank", "feature", "model", "compliance"];

    // Deterministic pseudo-random clauses of three to six words from a small vocabulary, so many pairs overlap.
    private static List<IReadOnlyList<string>> Clauses(int count, int seed)
    {
        var state = (uint)seed;
        uint Next() => state = state * 1664525 + 1013904223;
        return Enumerable.Range(0, count)
            .Select(_ => (IReadOnlyList<string>)Enumerable.Range(0, 3 + (int)(Next() % 4)).Select(_ => s_words[Next() % (uint)s_words.Length]).ToList())
            .ToList();
    }

    private static List<List<int>> BestPairEachTime(TfIdfVectors v, double threshold)
    {
        var groups = Enumerable.Range(0, v.Count).Select(i => new List<int> { i }).ToList();
        while (true)
        {
            var (a, b, best) = (-1, -1, double.NegativeInfinity);
            for (var i = 0; i < groups.Count; i++)
                for (var j = i + 1; j < groups.Count; j++)
                {
                    var s = groups[i].SelectMany(x => groups[j].Select(y => v.Cosine(x, y))).Average();
                    if (s > best + 1e-12) (a, b, best) = (i, j, s);
                }
            if (a < 0 || best < threshold) return groups.Select(g => g.Order().ToList()).OrderBy(g => g[0]).ToList();
            groups[a].AddRange(groups[b]);
            groups.RemoveAt(b);
        }
    }

    [Theory]
    [InlineData(1, 0.2)]
    [InlineData(2, 0.35)]
    [InlineData(3, 0.1)]
    public void NearestNeighbourChain_GivesTheGroupsOfMergingTheBestPairEachTime(int seed, double threshold)
    {
        var vectors = TfIdfVectors.Build(Clauses(60, seed));

        var chain = AgglomerativeGrouper.Group(vectors, threshold);

        Assert.Equal(BestPairEachTime(vectors, threshold).Select(g => string.Join(",", g)), chain.Select(g => string.Join(",", g)));
    }
}

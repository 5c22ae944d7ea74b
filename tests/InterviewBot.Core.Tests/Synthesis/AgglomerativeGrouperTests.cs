using InterviewBot.Core.Synthesis;

namespace InterviewBot.Core.Tests.Synthesis;

public sealed class AgglomerativeGrouperTests
{
    private static TfIdfVectors Vectors(params string[] texts) => TfIdfVectors.Build(texts.Select(ContentWords.Of).ToList());

    [Fact]
    public void ClausesSharingContentWords_AreGrouped_OthersStayApart()
    {
        var groups = AgglomerativeGrouper.Group(Vectors("scatter plots for interactions", "oven repair costs", "interactions shown in scatter plots"), 0.2);

        Assert.Equal([[0, 2], [1]], groups.Select(g => g.ToArray()).ToArray());
    }

    [Fact]
    public void ThresholdAboveEverySimilarity_LeavesEveryClauseAlone()
    {
        var groups = AgglomerativeGrouper.Group(Vectors("scatter plots for interactions", "interactions shown in scatter plots"), 1.01);

        Assert.Equal(2, groups.Count);
    }

    [Fact]
    public void EqualSimilarities_MergeTheEarliestPairFirst()
    {
        // Three identical clauses: every pair ties; the first pair merges, then the third joins it.
        var groups = AgglomerativeGrouper.Group(Vectors("brushing lines", "brushing lines", "brushing lines"), 0.5);

        Assert.Equal([0, 1, 2], Assert.Single(groups));
    }

    [Fact]
    public void ContentWords_DropFunctionWordsAndFoldPlurals() =>
        Assert.Equal(["plot", "hard", "read"], ContentWords.Of("The plots are so hard to read"));
}

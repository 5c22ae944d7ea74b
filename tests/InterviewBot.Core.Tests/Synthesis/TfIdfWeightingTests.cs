using InterviewBot.Core.Synthesis;

namespace InterviewBot.Core.Tests.Synthesis;

public sealed class TfIdfWeightingTests
{
    // "oven" is said only in interview a; "claim" in a, b and c; "letter" in a and b.
    private static readonly IReadOnlyList<string>[] s_docs = [["oven", "claim"], ["oven", "letter"], ["claim", "letter"], ["claim", "hearing"]];
    private static readonly string[] s_owners = ["a", "a", "b", "c"];

    [Fact]
    public void WordOfOneInterviewOnly_LinksLessThanAtFullWeight()
    {
        var plain = TfIdfVectors.Build(s_docs, s_owners, TermWeighting.None);
        var weighted = TfIdfVectors.Build(s_docs, s_owners, new TermWeighting(1.0 / 3));

        Assert.True(weighted.Cosine(0, 1) < plain.Cosine(0, 1));
    }

    [Fact]
    public void WordSharedAcrossInterviews_LinksMoreWhenTheOtherWordsAreOneInterviewsOnly()
    {
        var plain = TfIdfVectors.Build(s_docs, s_owners, TermWeighting.None);
        var weighted = TfIdfVectors.Build(s_docs, s_owners, new TermWeighting(1.0 / 3));

        Assert.True(weighted.Cosine(0, 2) > plain.Cosine(0, 2));
    }
}

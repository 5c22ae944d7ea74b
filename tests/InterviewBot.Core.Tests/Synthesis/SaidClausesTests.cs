using InterviewBot.Core.Synthesis;

namespace InterviewBot.Core.Tests.Synthesis;

public sealed class SaidClausesTests
{
    private static (string, string, TimeSpan) Line(string who, string text, int seconds) => (who, text, TimeSpan.FromSeconds(seconds));

    [Fact]
    public void InterviewerLines_AreNotEvidence()
    {
        var said = SaidClauses.Select([Line("Kim", "Tell me about the appeal letters you received.", 1)], "Kim", []);

        Assert.Empty(said);
    }

    [Fact]
    public void ConsecutiveIntervieweeLines_AreJoinedVerbatimAtTheFirstLinesTime()
    {
        var said = SaidClauses.Select([Line("P1", "The appeal letter came", 5), Line("P1", "three months after the hearing.", 9)], "Kim", []);

        var part = Assert.Single(said);
        Assert.Equal(("said", "The appeal letter came three months after the hearing.", TimeSpan.FromSeconds(5)), (part.Kind, part.Text, part.At));
    }

    [Fact]
    public void LinesAcrossAnInterviewerTurn_StayApart()
    {
        var said = SaidClauses.Select(
            [Line("P1", "The appeal letter came late.", 5), Line("Kim", "When?", 8), Line("P1", "Three months after the hearing date.", 9)], "Kim", []);

        Assert.Equal(2, said.Count);
    }

    [Fact]
    public void ShortAnswers_AreLeftOut() =>
        Assert.Empty(SaidClauses.Select([Line("P1", "Yeah, sure, okay.", 5)], "Kim", []));

    [Fact]
    public void LinesTheSnapshotAlreadyQuotes_AreLeftOut()
    {
        var snapshot = new[] { new EvidenceClause("complaint", "The appeal letter came late", TimeSpan.FromSeconds(5)) };

        Assert.Empty(SaidClauses.Select([Line("P1", "The appeal letter came late, again.", 5)], "Kim", snapshot));
    }
}

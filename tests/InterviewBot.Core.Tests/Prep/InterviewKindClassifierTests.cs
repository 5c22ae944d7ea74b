using System.Text.Json;
using InterviewBot.Core.Prep;
using InterviewBot.Core.Sessions;
using Xunit.Abstractions;

namespace InterviewBot.Core.Tests.Prep;

public class InterviewKindClassifierTests(ITestOutputHelper output)
{
    [Fact]
    public void LabelledGoals_AreClassifiedAtLeastNineInTenRight()
    {
        var goals = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "goals.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (Goal: e.GetProperty("goal").GetString()!, Kind: e.GetProperty("kind").GetString()!))
            .ToList();

        var wrong = goals.Where(g => InterviewKinds.Id(InterviewKindClassifier.Classify(g.Goal)) != g.Kind).ToList();
        var accuracy = 1 - (double)wrong.Count / goals.Count;
        foreach (var (goal, kind) in wrong) output.WriteLine($"wrong: \"{goal}\" expected {kind}, got {InterviewKinds.Id(InterviewKindClassifier.Classify(goal))}");
        output.WriteLine($"kind accuracy {accuracy:P1} on {goals.Count} goals");

        Assert.True(goals.Count >= 40);
        Assert.True(accuracy >= 0.9, $"accuracy {accuracy:P1}");
    }

    [Theory]
    [InlineData("", InterviewKind.Discovery)]
    [InlineData("a quotable case study", InterviewKind.CaseStudy)]
    [InlineData("is this problem worth solving for them?", InterviewKind.Validation)]
    [InlineData("understand how bakeries schedule staff", InterviewKind.Discovery)]
    public void CatalogueExamples_GetTheirKind(string goal, InterviewKind kind) =>
        Assert.Equal(kind, InterviewKindClassifier.Classify(goal));
}

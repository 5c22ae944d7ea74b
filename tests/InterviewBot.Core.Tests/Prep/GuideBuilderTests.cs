using System.Text.Json;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Coverage;
using InterviewBot.Core.Prep;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Tests.Prep;

public class GuideBuilderTests
{
    public static TheoryData<string, InterviewKind> GoalsTimesKinds()
    {
        var data = new TheoryData<string, InterviewKind>();
        var goals = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "goals.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("goal").GetString()!);
        foreach (var goal in goals)
            foreach (var kind in Enum.GetValues<InterviewKind>()) data.Add(goal, kind);
        return data;
    }

    [Theory]
    [MemberData(nameof(GoalsTimesKinds))]
    public void EveryGuideQuestion_PassesOurOwnClassifier(string goal, InterviewKind kind)
    {
        var guide = GuideBuilder.Build(goal, kind, "Rosa", "Masa Madre", 30);

        Assert.Empty(GuideCheck.Problems(guide, CoachFactory.Classifier));
    }

    [Theory]
    [InlineData(InterviewKind.Discovery)]
    [InlineData(InterviewKind.CaseStudy)]
    [InlineData(InterviewKind.Validation)]
    public void Guide_HasOneSectionPerTagInOrderAndUsesThePlannedMinutes(InterviewKind kind)
    {
        var guide = GuideBuilder.Build("learn how they plan the week", kind, plannedMinutes: 45);

        Assert.Equal(CoveragePlan.TagsFor(kind), guide.Sections.Select(s => s.Tag));
        Assert.Equal(45, guide.Sections.Sum(s => s.Minutes));
        Assert.All(guide.Sections, s => Assert.True(s.Minutes >= 1));
    }

    [Fact]
    public void LeadingQuestionSlippedIntoAGuide_IsCaught()
    {
        var guide = GuideBuilder.Build("learn how they plan the week");
        var broken = guide with { Sections = [.. guide.Sections.Skip(1), guide.Sections[0] with { Question = "You hate doing the schedule by hand, right?" }] };

        Assert.Contains(GuideCheck.Problems(broken, CoachFactory.Classifier), p => p.Contains("leading_question", StringComparison.Ordinal));
    }

    [Fact]
    public void GuideMarkdown_ShowsKindMinutesQuestionsAndProbes()
    {
        var md = GuideMarkdown.Render(GuideBuilder.Build("a quotable case study for the homepage", interviewee: "Tanya", company: "Riverside", plannedMinutes: 30));

        Assert.Contains("**Kind:** case_study", md, StringComparison.Ordinal);
        Assert.Contains("- Ask: At what point did you realize it was actually working?", md, StringComparison.Ordinal);
        Assert.Contains("Before you had a solution for this at Riverside", md, StringComparison.Ordinal);
        Assert.Contains("— 1 min (0–1)", md, StringComparison.Ordinal);
    }
}

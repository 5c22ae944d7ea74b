using InterviewBot.Core.PostCall.Snapshot.Facts;

namespace InterviewBot.Core.Tests.PostCall.Snapshot;

public class QuestionPromptTests
{
    [Fact]
    public void QuestionAskingForLimitationsAndImprovements_AsksForPainAndNeed()
    {
        var prompt = QuestionPrompt.Read("What would you say are the tool's biggest weaknesses or limitations, and are there any improvements you would want?");
        Assert.Equal(Prompt.Pain | Prompt.Need, prompt);
    }

    [Fact]
    public void QuestionAskingForAView_AsksForAnOpinion()
    {
        Assert.Equal(Prompt.Opinion, QuestionPrompt.Read("Which part did you find most useful?"));
    }

    [Theory]
    [InlineData("Okay.")]
    [InlineData("Where are you from?")]
    [InlineData("")]
    public void BackchannelOrPlainQuestion_AsksForNothing(string question)
    {
        Assert.Equal(Prompt.None, QuestionPrompt.Read(question));
    }
}

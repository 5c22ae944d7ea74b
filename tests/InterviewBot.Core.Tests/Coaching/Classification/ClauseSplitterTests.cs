using InterviewBot.Core.Coaching.Classification;

namespace InterviewBot.Core.Tests.Coaching.Classification;

public class ClauseSplitterTests
{
    private static QuestionForm[] Forms(string text) =>
        ClauseSplitter.Split(UtteranceText.From(text).Normalized).Where(c => c.IsQuestion).Select(c => c.Form).ToArray();

    [Fact]
    public void ListOfQuestions_IsSplitIntoEach() =>
        Assert.Equal([QuestionForm.Open, QuestionForm.Open, QuestionForm.Closed],
            Forms("How many machines do you have, who schedules maintenance, and do you track downtime anywhere?"));

    [Fact]
    public void UnpunctuatedSpeech_IsSplitAtAndBeforeAQuestion() =>
        Assert.Equal(3, Forms("what happened with the order and did the customer get a refund and how did your boss react").Length);

    [Fact]
    public void LeadInClause_IsNotAQuestion() =>
        Assert.Equal([QuestionForm.Open], Forms("If you think back to last spring, what was the busiest week like?"));

    [Fact]
    public void SubordinateWhen_IsNotAQuestion() =>
        Assert.Equal([QuestionForm.Open], Forms("What did you do, when the oven died?"));

    [Fact]
    public void TwoFullQuestionsOpeningAlike_AreNotARestart() =>
        Assert.Equal([QuestionForm.Closed, QuestionForm.Closed], Forms("Did you find them useful and did you find any of them unclear?"));

    [Fact]
    public void AndWhichWithSeveralWordsBeforeItsVerb_StartsASecondQuestion() =>
        Assert.Equal(2, Forms("What impact did the rankings have on your analysis and which rankings or sortings did you find most useful?").Length);

    [Fact]
    public void RelativeWhoAfterAPerson_IsNotAQuestion() =>
        Assert.Equal([QuestionForm.Open], Forms("For someone like me, who uses a US company as our CDN, what would happen if someone opens our site?"));

    [Fact]
    public void RelativeWhich_IsNotAQuestion() =>
        Assert.Empty(Forms("That's what we heard, which is why we built it."));

    [Fact]
    public void HedgingTag_IsNotASecondQuestion() =>
        Assert.Equal([QuestionForm.Open], Forms("How many more, would you guess?"));

    [Fact]
    public void SpeechRestart_IsOneQuestion() =>
        Assert.Single(Forms("how do you, how do you track the returns"));

    [Fact]
    public void ChoiceWithOr_IsOneQuestion() =>
        Assert.Single(Forms("Is it better or is it worse than before?"));

    [Fact]
    public void OrBeforeAFullQuestion_AfterALongOne_IsTwoQuestions() =>
        Assert.Equal(2, Forms("Is there a reason you keep the spreadsheet or is there a reason you never open the app?").Length);

    [Fact]
    public void AndWhichWithItsVerb_IsASecondQuestion() =>
        Assert.Equal([QuestionForm.Open, QuestionForm.Open], Forms("How did the rankings change your analysis and which ones did you find most useful?"));

    [Theory]
    [InlineData("is that right")]
    [InlineData("so did i get that right")]
    public void RecapCheck_IsNoQuestionOfItsOwn(string text) =>
        Assert.Equal(QuestionForm.None, ClauseSplitter.FormOf(text));

    [Theory]
    [InlineData("Can you walk me through the last one?", QuestionForm.Request)]
    [InlineData("Do you remember what you did next?", QuestionForm.Request)]
    [InlineData("Mind if I hit record?", QuestionForm.Closed)]
    [InlineData("anything else you think i should know", QuestionForm.Closed)]
    [InlineData("At what point did you realize it was working?", QuestionForm.Open)]
    [InlineData("So, roughly how many hours a week?", QuestionForm.Open)]
    public void ClauseForm_IsRecognised(string text, QuestionForm form) =>
        Assert.Equal([form], Forms(text));
}

public class ClauseSplitterSpeechToTextTests
{
    [Theory]
    [InlineData("if you think back to last spring what was the busiest week like", QuestionForm.Open)]
    [InlineData("that's really useful thank you would you be willing to introduce me to the teacher", QuestionForm.Closed)]
    [InlineData("before we start is it okay if i record this", QuestionForm.Closed)]
    public void UnpunctuatedLeadIn_StillFindsTheQuestion(string text, QuestionForm form) =>
        Assert.Equal([form], ClauseSplitter.Split(text).Where(c => c.IsQuestion).Select(c => c.Form));

    [Theory]
    [InlineData("the problem is there is no way to see the schedule")]
    [InlineData("we built it because every bakery told us the same thing")]
    public void UnpunctuatedStatement_HasNoQuestion(string text) =>
        Assert.DoesNotContain(ClauseSplitter.Split(text), c => c.IsQuestion);
}

public class ClauseSplitterPunctuatedStatementTests
{
    [Fact]
    public void PunctuatedStatementWithAQuestionWordInside_IsNotAQuestion() =>
        Assert.DoesNotContain(ClauseSplitter.Split(UtteranceText.From("And it looks at your pre-orders, so it knows how many bakers you actually need each morning.").Normalized), c => c.IsQuestion);
}

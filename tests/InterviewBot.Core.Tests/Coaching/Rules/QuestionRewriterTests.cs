using InterviewBot.Core.Coaching.Rules;

namespace InterviewBot.Core.Tests.Coaching.Rules;

public class QuestionRewriterTests
{
    [Fact]
    public void HabitQuestion_BecomesTheLastTimeInThePast() =>
        Assert.Contains("\"Tell me about the last time a patient didn't show up.\"",
            QuestionRewriter.LastTimeInstead("What do you usually do when a patient doesn't show up?"), StringComparison.Ordinal);

    [Fact]
    public void MultiPartQuestion_StartsWithItsFirstQuestionInTheOriginalWords() =>
        Assert.Contains("\"How did you pick the texting add-on?\"",
            QuestionRewriter.OneAtATime("How did you pick the texting add-on, what does it cost you, and who set it up?"), StringComparison.Ordinal);

    [Fact]
    public void MultiPartRequest_EndsAsARequest() =>
        Assert.Contains("\"Walk me through yesterday's bake.\"",
            QuestionRewriter.OneAtATime("So walk me through yesterday's bake: how did you decide how much to make, and who placed the flour order?"), StringComparison.Ordinal);

    [Fact]
    public void DidItHelp_AsksWhatItChanged() =>
        Assert.Contains("\"What did the Google Sheet change for you?", QuestionRewriter.OpenUp("Did the Google Sheet help?"), StringComparison.Ordinal);

    [Theory]
    [InlineData("the WhatsApp group saves me a ton of time", "how much time")]
    [InlineData("we save a ton on overtime", "in dollars")]
    [InlineData("the no-shows have dropped a lot", "From what to what")]
    public void Probe_AsksForTheSizeThatWasLeftVague(string statement, string expected) =>
        Assert.Contains(expected, QuestionRewriter.ProbeFor(statement), StringComparison.Ordinal);
}

using InterviewBot.Core.PostCall.Snapshot;

namespace InterviewBot.Core.Tests.PostCall.Snapshot;

public class PlainCuesTests
{
    [Theory]
    [InlineData("What I learned is that you keep every letter they send.")]
    [InlineData("I tell every young person to go straight to a representative.")]
    [InlineData("I would say, you know, don't give up.")]
    public void LessonOrAdviceInPlainWords_IsALesson(string text) => Assert.True(PlainCues.IsLesson(text));

    [Fact]
    public void PlainStatement_IsNotALesson() => Assert.False(PlainCues.IsLesson("I sent the form in May."));

    [Theory]
    [InlineData("I always print the form and mail it myself.")]
    [InlineData("I have a copy of every record they ever sent.")]
    public void HabitInPlainWords_IsAPractice(string text) => Assert.True(PlainCues.IsPractice(text));

    [Fact]
    public void TeamWithoutItsName_IsAnUnnamedPlaceOrTeam() => Assert.True(PlainCues.IsUnnamedPlaceOrTeam("the common approach in our team"));
}

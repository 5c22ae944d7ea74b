using InterviewBot.Core.Transcripts.WebVtt;

namespace InterviewBot.Core.Tests.Transcripts.WebVtt;

public class VttTimestampTests
{
    [Theory]
    [InlineData("00:00:01.200", 1.2)]
    [InlineData("01:02:03.004", 3723.004)]
    [InlineData("100:00:00.000", 360000)]
    [InlineData("59:59.999", 3599.999)]
    public void Parse_ValidForms(string text, double seconds)
    {
        Assert.True(VttTimestamp.TryParse(text, out var value, out var error), error);
        Assert.Equal(TimeSpan.FromMilliseconds(Math.Round(seconds * 1000)), value);
    }

    [Theory]
    [InlineData("1:02.000")]
    [InlineData("00:00:01")]
    [InlineData("00:00:01.0000")]
    [InlineData("a0:00:01.000")]
    [InlineData("0:00:00:01.000")]
    public void Parse_InvalidForms_Fail(string text) =>
        Assert.False(VttTimestamp.TryParse(text, out _, out _));

    [Fact]
    public void Format_RoundTripsThroughParse()
    {
        var t = new TimeSpan(0, 1, 2, 3, 45);
        Assert.Equal("01:02:03.045", VttTimestamp.Format(t));
        Assert.True(VttTimestamp.TryParse(VttTimestamp.Format(t), out var back, out _));
        Assert.Equal(t, back);
    }
}

using InterviewBot.Media.Ingest;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace InterviewBot.Media.Tests.Ingest;

public class MediaTokensTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-25T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly MediaTokens _tokens;

    public MediaTokensTests() => _tokens = new MediaTokens(Options.Create(new MediaOptions { TokenLifetime = TimeSpan.FromHours(1) }), _time);

    [Fact]
    public void IssuedToken_IsGoodForItsSession() => Assert.Null(_tokens.Check(_tokens.Issue("s1").Token, "s1"));

    [Fact]
    public void Token_ForAnotherSession_IsRefused() =>
        Assert.Equal("the media token is for another session", _tokens.Check(_tokens.Issue("s1").Token, "s2"));

    [Fact]
    public void Token_AfterItsLifetime_IsRefused()
    {
        var token = _tokens.Issue("s1").Token;
        _time.Advance(TimeSpan.FromMinutes(61));

        Assert.Equal("the media token has expired", _tokens.Check(token, "s1"));
    }

    [Fact]
    public void Token_SignedByAnotherServer_IsRefused()
    {
        var other = new MediaTokens(Options.Create(new MediaOptions()), _time).Issue("s1").Token;

        Assert.Equal("the media token's signature is wrong", _tokens.Check(other, "s1"));
    }

    [Theory]
    [InlineData(null, "no media token")]
    [InlineData("", "no media token")]
    [InlineData("abc", "the media token is malformed")]
    [InlineData("a.b.c!!", "the media token is malformed")]
    public void MalformedToken_IsRefused(string? token, string reason) => Assert.Equal(reason, _tokens.Check(token, "s1"));

    [Fact]
    public void Token_WithItsExpiryEdited_IsRefused()
    {
        var parts = _tokens.Issue("s1").Token.Split('.');
        var forged = $"{parts[0]}.{long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) + 86400}.{parts[2]}";

        Assert.Equal("the media token's signature is wrong", _tokens.Check(forged, "s1"));
    }
}

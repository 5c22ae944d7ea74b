using InterviewBot.Core.Transcripts;
using InterviewBot.Core.Transcripts.WebVtt;

namespace InterviewBot.Core.Tests.Transcripts.WebVtt;

public class WebVttParserTests
{
    private static Transcript Parse(string vtt)
    {
        var result = WebVttParser.Parse(vtt, "test.vtt");
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Transcript;
    }

    private static TranscriptError Fail(string vtt)
    {
        var result = WebVttParser.Parse(vtt, "bad.vtt");
        Assert.False(result.IsSuccess);
        return result.Error;
    }

    [Fact]
    public void TeamsVoices_GiveSpeakerTimesAndText()
    {
        var t = Parse("WEBVTT\n\n00:00:01.200 --> 00:00:04.141\n<v Jordan Whitfield>Hey Rosa! Can you hear me okay?</v>\n\n00:00:05.179 --> 00:00:12.488\n<v Rosa Delgado>Yes, I can hear you.</v>\n");
        Assert.Equal(TranscriptFormat.TeamsVtt, t.Format);
        Assert.Equal(2, t.Cues.Count);
        Assert.Equal(new TranscriptCue("Jordan Whitfield", TimeSpan.FromMilliseconds(1200), TimeSpan.FromMilliseconds(4141), "Hey Rosa! Can you hear me okay?", 3), t.Cues[0]);
        Assert.Equal(["Jordan Whitfield", "Rosa Delgado"], t.Speakers);
    }

    [Fact]
    public void CueIds_AreSkippedNotTakenAsText()
    {
        var t = Parse("WEBVTT\n\n6f1b7a2c-1/12-0\n00:00:01.000 --> 00:00:02.000\n<v Ann>Hello there.</v>\n");
        Assert.Equal("Hello there.", Assert.Single(t.Cues).Text);
    }

    [Fact]
    public void MultiLineCue_IsJoinedWithSpaces()
    {
        var t = Parse("WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Ann>So tell me\nabout the last time\nthat happened.</v>\n");
        Assert.Equal("So tell me about the last time that happened.", Assert.Single(t.Cues).Text);
    }

    [Fact]
    public void TurnSplitOverCues_CueWithoutVoiceContinuesPreviousSpeaker()
    {
        var t = Parse("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ann>We open at seven,\n\n00:00:03.000 --> 00:00:05.000\nand the line is out the door by quarter past.\n");
        Assert.All(t.Cues, c => Assert.Equal("Ann", c.Speaker));
        Assert.Equal("and the line is out the door by quarter past.", t.Cues[1].Text);
    }

    [Fact]
    public void ZoomStyle_NumberedCuesWithNamePrefix()
    {
        var t = Parse("WEBVTT\n\n1\n00:00:01.200 --> 00:00:04.303\nElena Vasquez: Hi Tanya, can you hear me okay?\n\n2\n00:00:05.450 --> 00:00:10.481\nTanya Brooks: Yep, loud and clear.\n");
        Assert.Equal(TranscriptFormat.ZoomVtt, t.Format);
        Assert.Equal(["Elena Vasquez", "Tanya Brooks"], t.Speakers);
        Assert.Equal("Yep, loud and clear.", t.Cues[1].Text);
    }

    [Fact]
    public void ZoomStyle_CueWithoutPrefix_ContinuesPreviousSpeaker()
    {
        var t = Parse("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nTanya Brooks: We see about a hundred patients.\n\n2\n00:00:02.000 --> 00:00:03.000\nMost of them are older.\n");
        Assert.Equal("Tanya Brooks", t.Cues[1].Speaker);
    }

    [Fact]
    public void ZoomStyle_ColonInsideSentence_IsNotASpeaker()
    {
        var t = Parse("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nAnn: Hello.\n\n2\n00:00:02.000 --> 00:00:03.000\nThe problem is simple, really: nobody calls back.\n");
        Assert.Equal("Ann", t.Cues[1].Speaker);
        Assert.Equal("The problem is simple, really: nobody calls back.", t.Cues[1].Text);
    }

    [Fact]
    public void ByteOrderMarkAndCrlf_AreAccepted()
    {
        var t = Parse("\uFEFFWEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\n<v Ann>Hi.</v>\r\n\r\n00:00:02.500 --> 00:00:03.000\r\n<v Bo>Hello.</v>\r\n");
        Assert.Equal(2, t.Cues.Count);
        Assert.Equal("Hi.", t.Cues[0].Text);
    }

    [Fact]
    public void HtmlEntities_AreDecoded()
    {
        var t = Parse("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>Fish &amp; chips &lt;3 &#233;t&#xE9; caf&eacute;&nbsp;now</v>\n");
        Assert.Equal("Fish & chips <3 été café now", Assert.Single(t.Cues).Text);
    }

    [Fact]
    public void StylingTags_AreDropped()
    {
        var t = Parse("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v.loud Ann><i>Really</i> <c.red>important</c> <00:00:01.500>point</v>\n");
        var cue = Assert.Single(t.Cues);
        Assert.Equal("Ann", cue.Speaker);
        Assert.Equal("Really important point", cue.Text);
    }

    [Fact]
    public void EmptyCue_IsSkipped()
    {
        var t = Parse("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann></v>\n\n00:00:02.000 --> 00:00:03.000\n\n00:00:03.000 --> 00:00:04.000\n<v Ann>Real words.</v>\n");
        Assert.Equal("Real words.", Assert.Single(t.Cues).Text);
    }

    [Fact]
    public void OverlappingCues_AreKeptInStartOrder()
    {
        var t = Parse("WEBVTT\n\n00:00:10.000 --> 00:00:20.000\n<v Rosa>And there was one Saturday, the oven</v>\n\n00:00:18.000 --> 00:00:25.000\n<v Jordan>Oh that's so funny</v>\n\n00:00:15.000 --> 00:00:16.000\n<v Jordan>Mm-hm.</v>\n");
        Assert.Equal([10.0, 15.0, 18.0], t.Cues.Select(c => c.Start.TotalSeconds));
        Assert.True(t.Cues[2].Start < t.Cues[0].End);
    }

    [Fact]
    public void NoteStyleAndRegionBlocks_AreIgnored()
    {
        var t = Parse("WEBVTT - a header\nKind: captions\n\nNOTE recorded by Teams\nsecond note line\n\nSTYLE\n::cue { color: red }\n\nREGION\nid:fred\n\n00:00:01.000 --> 00:00:02.000 align:start position:10%\n<v Ann>Hi.</v>\n");
        Assert.Equal("Hi.", Assert.Single(t.Cues).Text);
    }

    [Fact]
    public void SeveralVoicesInOneCue_BecomeSeveralCues()
    {
        var t = Parse("WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ann>Did it help?</v>\n<v Bo>Not really.</v>\n");
        Assert.Equal(["Ann", "Bo"], t.Cues.Select(c => c.Speaker));
    }

    [Fact]
    public void ShortTimestamps_WithoutHours_AreAccepted()
    {
        var t = Parse("WEBVTT\n\n01:02.500 --> 01:03.000\n<v Ann>Hi.</v>\n");
        Assert.Equal(TimeSpan.FromSeconds(62.5), Assert.Single(t.Cues).Start);
    }

    [Theory]
    [InlineData("", 1, "expected 'WEBVTT' on the first line")]
    [InlineData("WEBVTTX\n\n00:00:01.000 --> 00:00:02.000\n<v A>x</v>\n", 1, "expected 'WEBVTT'")]
    [InlineData("1\n00:00:01,000 --> 00:00:02,000\nA: hi\n", 1, "expected 'WEBVTT'")]
    [InlineData("WEBVTT\n00:00:01.000 --> 00:00:02.000\n<v A>x</v>\n", 2, "expected a blank line")]
    [InlineData("WEBVTT\n\n00:00:0x.000 --> 00:00:02.000\n<v A>x</v>\n", 3, "two-digit minutes and seconds")]
    [InlineData("WEBVTT\n\n00:00:01,000 --> 00:00:02,000\n<v A>x</v>\n", 3, "uses ','")]
    [InlineData("WEBVTT\n\n00:61:01.000 --> 00:62:02.000\n<v A>x</v>\n", 3, "above 59")]
    [InlineData("WEBVTT\n\n00:00:01.00 --> 00:00:02.000\n<v A>x</v>\n", 3, "three digits of milliseconds")]
    [InlineData("WEBVTT\n\n00:00:05.000 --> 00:00:02.000\n<v A>x</v>\n", 3, "before it starts")]
    [InlineData("WEBVTT\n\n00:00:05.000 -->\n<v A>x</v>\n", 3, "expected an end time")]
    [InlineData("WEBVTT\n\n --> 00:00:02.000\n<v A>x</v>\n", 3, "expected a start time")]
    [InlineData("WEBVTT\n\ncue-1\nhello there\n", 3, "expected a cue timing line")]
    [InlineData("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>ok</v>\n\n00:00:02.000 --> 00:00:03.000\n<v Ann unterminated\n", 7, "unterminated tag")]
    [InlineData("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v >who said this</v>\n", 4, "voice tag without a speaker name")]
    [InlineData("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ann>a</v>\n\n00:00:02.000 --> 00:00:03.000\n<v Bo>b</v>\n<i x", 8, "unterminated tag")]
    [InlineData("WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nhello, who is speaking?\n", 5, "expected a speaker")]
    [InlineData("WEBVTT\n\nNOTE only a note\n", 3, "no cues found")]
    [InlineData("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>a\0b</v>\n", 4, "binary data")]
    public void Malformed_FailsWithLineAndExpectation(string vtt, int line, string expected)
    {
        var error = Fail(vtt);
        Assert.Equal("bad.vtt", error.Source);
        Assert.Equal(line, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"bad.vtt:{line}: ", error.ToString(), StringComparison.Ordinal);
    }
}

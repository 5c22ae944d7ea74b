using InterviewBot.Core.Coaching;
using InterviewBot.Core.ContentPack;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Tests.TestSupport;
using InterviewBot.Core.Transcripts;

namespace InterviewBot.Core.Tests.ContentPack;

public class ContentPackBuilderTests
{
    public static TheoryData<string> SampleNames => [.. Samples.Names];

    private static InterviewBot.Core.ContentPack.ContentPack PackFor(string sample)
    {
        var (session, report) = Samples.Replayed(sample);
        return ContentPackBuilder.Build(report, session, CoachFactory.Classifier);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void EveryQuoteAndNumberInThePack_IsInTheTranscript(string sample)
    {
        var (session, _) = Samples.Replayed(sample);

        foreach (var (name, markdown) in PackFor(sample).Files())
            Assert.True(ContentGrounding.Problems(markdown, session).Count == 0, $"{name}: {string.Join("; ", ContentGrounding.Problems(markdown, session))}");
    }

    [Fact]
    public void CaseStudy_LeadsWithTheStrongestResultAndCoversTheStory()
    {
        var caseStudy = PackFor("physio-case-study.vtt").CaseStudy;

        Assert.StartsWith("# Northside Physio: \u201COur no-show rate went from eleven percent to four percent over the first six months.\u201D", caseStudy, StringComparison.Ordinal);
        Assert.Contains("Dana Whitaker, practice manager at Northside Physio.", caseStudy, StringComparison.Ordinal);
        Assert.Contains("I was skeptical that older patients would book online.", caseStudy, StringComparison.Ordinal);
        Assert.Contains("roughly twelve thousand pounds we would have lost", caseStudy, StringComparison.Ordinal);
        Assert.Contains("Turn on the waitlist from day one", caseStudy, StringComparison.Ordinal);
        Assert.DoesNotContain("No metric was given", caseStudy, StringComparison.Ordinal);
    }

    [Fact]
    public void Posts_KeepToTheirWordLimits()
    {
        var pack = PackFor("physio-case-study.vtt");

        Assert.InRange(InterviewBot.Core.ContentPack.ContentPack.Words(pack.LinkedIn), 20, 300);
        Assert.InRange(InterviewBot.Core.ContentPack.ContentPack.Words(pack.Newsletter), 10, 200);
    }

    [Fact]
    public void Testimonials_AreRankedCandidatesWithAnApprovalEmail()
    {
        var testimonials = PackFor("physio-case-study.vtt").Testimonials;

        Assert.Contains("1. \u201C", testimonials, StringComparison.Ordinal);
        Assert.Contains("5. \u201C", testimonials, StringComparison.Ordinal);
        Assert.Contains("**Subject:** May I quote you?", testimonials, StringComparison.Ordinal);
        Assert.Contains("Nothing goes out without your approval.", testimonials, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscoveryInterviewWithoutMetrics_SaysSoInsteadOfInventingOne()
    {
        const string vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann>How do you plan the week at the shop?</v>\n\n" +
            "00:00:05.000 --> 00:00:12.000\n<v Bo>Mostly on a whiteboard in the back, and honestly it is a mess when someone calls in sick.</v>\n\n" +
            "00:00:13.000 --> 00:00:16.000\n<v Ann>Tell me about the last time that happened.</v>\n\n" +
            "00:00:17.000 --> 00:00:26.000\n<v Bo>Last Friday our baker called in sick and I ended up covering the counter myself all morning.</v>\n";
        var transcript = TranscriptParser.Parse(vtt, "t.vtt").Transcript!;
        var session = TranscriptReplay.Run(transcript, null, new SessionSetup(Goal: "understand how shops plan the week")).Session!;

        var pack = ContentPackBuilder.Build(new EmbeddedPostCallWriter().Write(session), session, CoachFactory.Classifier);

        Assert.Contains("No metric was given — ask for one in the follow-up.", pack.CaseStudy, StringComparison.Ordinal);
        Assert.Contains("No metric was given", pack.LinkedIn, StringComparison.Ordinal);
        Assert.Empty(ContentGrounding.Problems(pack.CaseStudy, session));
    }
}

public class ContentGroundingTests
{
    [Fact]
    public void InventedNumberAndInventedQuote_AreBothCaught()
    {
        var (session, _) = Samples.Replayed("physio-case-study.vtt");

        var problems = ContentGrounding.Problems("They saved 40% of their time. \u201CSlotwise changed my life.\u201D", session);

        Assert.Contains(problems, p => p.Contains("number not in the transcript: 40%", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("quote not said by the interviewee", StringComparison.Ordinal));
    }

    [Fact]
    public void NumberWordsFromTheTranscriptAndStructure_AreFine()
    {
        var (session, _) = Samples.Replayed("physio-case-study.vtt");

        Assert.Empty(ContentGrounding.Problems("1. \u201CAt our rates, those filled slots are roughly twelve thousand pounds we would have lost.\u201D (03:00)\nNo-shows fell from eleven percent.", session));
    }

    [Fact]
    public void InterviewerWords_DoNotCountAsTheIntervieweesQuote()
    {
        var (session, _) = Samples.Replayed("physio-case-study.vtt");

        Assert.NotEmpty(ContentGrounding.Problems("\u201CWhat surprised you once you started?\u201D", session));
    }
}

using System.Text.Json;
using InterviewBot.Core.PostCall.Quotes;
using InterviewBot.Core.PostCall.Rendering;
using InterviewBot.Core.Tests.TestSupport;

namespace InterviewBot.Core.Tests.PostCall;

public class EmbeddedPostCallWriterTests
{
    public static TheoryData<string> SampleNames => [.. Samples.Names];

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Snapshot_HoldsEveryFactTheSampleExpects(string sample)
    {
        var markdown = SnapshotMarkdown.Render(Samples.Replayed(sample).Report);

        foreach (var fact in Samples.MustInclude(sample))
            Assert.Contains(fact, markdown, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void EveryQuoteOfTheReport_IsVerbatimFromTheTranscript(string sample)
    {
        var (session, report) = Samples.Replayed(sample);

        var quotes = report.AllQuotes().ToList();

        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Contains(session.Utterances, u => u.Start == q.At && Verbatim.IsIn(q.Text, u.Text)));
    }

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void EveryQuoteInReportJson_IsVerbatimFromTheTranscript(string sample)
    {
        var (session, report) = Samples.Replayed(sample);
        using var doc = JsonDocument.Parse(ReportJson.Render(report));
        var quoteObjects = new List<JsonElement>();
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                if (e.TryGetProperty("text", out _) && e.TryGetProperty("at_seconds", out _)) quoteObjects.Add(e);
                foreach (var p in e.EnumerateObject()) Walk(p.Value);
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var x in e.EnumerateArray()) Walk(x);
            }
        }
        Walk(doc.RootElement);

        Assert.True(quoteObjects.Count > session.Utterances.Count, "the transcript alone has one quote per utterance");
        Assert.All(quoteObjects, q => Assert.Contains(session.Utterances, u => Verbatim.IsIn(q.GetProperty("text").GetString()!, u.Text)));
    }

    [Fact]
    public void QuoteSource_RefusesWordsNobodySaid()
    {
        var (session, _) = Samples.Replayed("bakery-bad.vtt");
        var source = new QuoteSource(session);

        Assert.Null(source.Find("Crumbly saved me ten hours a week"));
        Assert.NotNull(source.Find("we supply six cafés around town"));
    }

    [Fact]
    public void Interviewee_RoleAndCompany_AreReadFromTheirOwnIntroduction()
    {
        var who = Samples.Replayed("clinic-mixed-zoom.vtt").Report.Snapshot.Interviewee;

        Assert.Equal(("Tanya Brooks", "office manager", "Riverside Family Medicine"), (who.Name, who.Role, who.Company));
        Assert.Equal("I'm the office manager at Riverside Family Medicine.", who.Introduction?.Text);
    }

    [Fact]
    public void Scorecard_BadInterview_MissesTheBrokenPracticesWithEvidence()
    {
        var card = Samples.Replayed("bakery-bad.vtt").Report.Scorecard;
        var noLeading = card.Practices.Single(p => p.Id == "no_leading");

        Assert.False(noLeading.Passed);
        Assert.Equal("So I bet you spend hours every week on the staff schedule, right?", Assert.Single(noLeading.Evidence).Text);
        Assert.False(card.Practices.Single(p => p.Id == "no_interruptions").Passed);
        Assert.False(card.Practices.Single(p => p.Id == "probed_numbers").Passed);
    }

    [Fact]
    public void Scorecard_GoodInterview_PassesMostPractices()
    {
        var card = Samples.Replayed("logistics-good.vtt").Report.Scorecard;

        Assert.True(card.Passed >= 10, string.Join("; ", card.Practices.Where(p => !p.Passed).Select(p => $"{p.Id}: {p.Note}")));
        Assert.Equal(13, card.Practices.Count);
        Assert.All(new[] { "consent", "no_leading", "talk_ratio", "no_interruptions", "wrap_up_next_step" },
            id => Assert.True(card.Practices.Single(p => p.Id == id).Passed, id));
    }

    [Fact]
    public void Stats_SharesAndMinuteSeriesAddUp()
    {
        var stats = Samples.Replayed("bakery-bad.vtt").Report.Stats;

        Assert.Equal(1.0, stats.Speakers.Sum(s => s.Share), 3);
        Assert.All(stats.Speakers, s => Assert.Equal(s.TalkTime.TotalSeconds, s.SecondsPerMinute.Sum(), 0));
        Assert.Single(stats.Interruptions);
        Assert.Equal(14, stats.MinuteCount);
        Assert.True(stats.Speakers.Single(s => s.Role == "interviewer").LongestMonologue > TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void Email_ThanksInTheirWordsAndQuotesTheAgreedNextStep()
    {
        var email = Samples.Replayed("logistics-good.vtt").Report.Email;

        Assert.Equal("Thank you, Marcus", email.Subject);
        Assert.StartsWith("Hi Marcus,", email.Body, StringComparison.Ordinal);
        Assert.Equal(3, email.Takeaways.Count);
        Assert.All(email.Takeaways, t => Assert.Contains($"\u201C{t.Text}\u201D", email.Body, StringComparison.Ordinal));
        Assert.Contains("I'll ask Dana to block Thursday morning", email.NextStep?.Text, StringComparison.Ordinal);
        Assert.EndsWith("Priya\n", email.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_WithoutANextStep_AsksForOneAndNeverPitches()
    {
        var email = Samples.Replayed("bakery-bad.vtt").Report.Email;

        Assert.Null(email.NextStep);
        Assert.Contains("follow up", email.Body, StringComparison.Ordinal);
        foreach (var pitch in new[] { "Crumbly", "our app", "we built", "waitlist", "demo" })
            Assert.DoesNotContain(pitch, email.Body, StringComparison.OrdinalIgnoreCase);
    }
}

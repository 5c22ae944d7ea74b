using InterviewBot.Core.PostCall;
using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Transcripts;

namespace InterviewBot.Core.Tests.PostCall.Snapshot;

public class SnapshotLessonTests
{
    private const string Vtt = """
        WEBVTT

        00:00:01.000 --> 00:00:04.000
        <v Sam Ortiz>Thanks for joining. Tell me about your last claim.</v>

        00:00:05.000 --> 00:00:14.000
        <v Dana Whitaker>I work with our team on the claims desk every day. The decision letter came back in a thick envelope after a long wait.</v>

        00:00:15.000 --> 00:00:18.000
        <v Sam Ortiz>How do you handle the paperwork?</v>

        00:00:19.000 --> 00:00:28.000
        <v Dana Whitaker>I always print the form and mail it to the office myself. The most useful part was the checklist on the last page.</v>

        00:00:29.000 --> 00:00:32.000
        <v Sam Ortiz>Looking back, what stays with you?</v>

        00:00:33.000 --> 00:00:42.000
        <v Dana Whitaker>What I learned is that you keep every letter the office sends you.</v>
        """;

    private static InterviewBot.Core.PostCall.Snapshot.InterviewSnapshot Snapshot()
    {
        var transcript = TranscriptParser.Parse(Vtt, "lessons.vtt").Transcript!;
        var session = TranscriptReplay.Run(transcript, null, new SessionSetup(PlannedMinutes: 30)).Session!;
        return new EmbeddedPostCallWriter().Write(session).Snapshot;
    }

    [Fact]
    public void LessonSaidInPlainWords_LeadsKeyInsights()
    {
        var insights = Snapshot().KeyInsights;
        Assert.NotEmpty(insights);
        Assert.Contains("What I learned", insights[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Habit_IsQuotedWithTheAlternatives()
    {
        Assert.Contains(Snapshot().Alternatives, q => q.Text.Contains("I always print the form", StringComparison.Ordinal));
    }

    [Fact]
    public void TeamSaidWithoutItsName_IsNotShownUnderTheHeader()
    {
        Assert.DoesNotContain(Snapshot().Background, q => q.Text.Contains("our team", StringComparison.Ordinal));
    }
}

using InterviewBot.Core.PostCall;
using InterviewBot.Core.PostCall.Snapshot.Facts;
using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Transcripts;

namespace InterviewBot.Core.Tests.PostCall.Snapshot;

public class SnapshotAnswerTests
{
    private const string Vtt = """
        WEBVTT

        00:00:01.000 --> 00:00:04.000
        <v Sam Ortiz>Thanks for joining. What do you do?</v>

        00:00:05.000 --> 00:00:09.000
        <v Dana Whitaker>I'm a developer advocate, so I mostly give talks and build small demos for people.</v>

        00:00:10.000 --> 00:00:14.000
        <v Sam Ortiz>What is the hardest part of giving those talks?</v>

        00:00:15.000 --> 00:00:24.000
        <v Dana Whitaker>Honestly the live demos on stage always go a little sideways on me at some point.</v>

        00:00:25.000 --> 00:00:28.000
        <v Sam Ortiz>And what happened at the last one in Austin?</v>

        00:00:29.000 --> 00:00:38.000
        <v Dana Whitaker>In Austin the projector at Node Interactive dropped out twice during my 40 minute slot.</v>
        """;

    private static InterviewBot.Core.PostCall.Snapshot.InterviewSnapshot Snapshot()
    {
        var transcript = TranscriptParser.Parse(Vtt, "answers.vtt").Transcript!;
        var session = TranscriptReplay.Run(transcript, null, new SessionSetup(PlannedMinutes: 30)).Session!;
        return new EmbeddedPostCallWriter().Write(session).Snapshot;
    }

    [Fact]
    public void PainSaidInPlainWords_AfterAskingWhatIsHard_IsAComplaint()
    {
        Assert.Contains(Snapshot().Complaints, q => q.Text.Contains("go a little sideways", StringComparison.Ordinal));
    }

    [Fact]
    public void RoleWithoutANameOrNumber_IsShownUnderTheHeaderNotAsAQuickFact()
    {
        var snapshot = Snapshot();
        Assert.Contains(snapshot.Background, q => q.Text.Contains("developer advocate", StringComparison.Ordinal));
        Assert.DoesNotContain(snapshot.Facts, f => f.Kind == FactKind.Who && f.Clause is { } c && c.Text.Contains("developer advocate", StringComparison.Ordinal));
    }
}

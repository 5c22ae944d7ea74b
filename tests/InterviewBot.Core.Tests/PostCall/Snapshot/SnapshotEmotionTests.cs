using InterviewBot.Core.PostCall;
using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Transcripts;

namespace InterviewBot.Core.Tests.PostCall.Snapshot;

public class SnapshotEmotionTests
{
    private const string Vtt = """
        WEBVTT

        00:00:01.000 --> 00:00:04.000
        <v Sam Ortiz>Thanks for joining. Tell me about the last time a physio cancelled.</v>

        00:00:05.000 --> 00:00:12.000
        <v Dana Whitaker>By eight the waitlist had filled every slot on its own. I actually had a coffee at my desk. It was a relief.</v>

        00:00:13.000 --> 00:00:15.000
        <v Sam Ortiz>What happened next?</v>

        00:00:16.000 --> 00:00:24.000
        <v Dana Whitaker>We kept it running for the rest of the quarter and the front desk stopped working late.</v>
        """;

    private static List<string> Emotions()
    {
        var transcript = TranscriptParser.Parse(Vtt, "feeling.vtt").Transcript!;
        var session = TranscriptReplay.Run(transcript, null, new SessionSetup(PlannedMinutes: 30)).Session!;
        return new EmbeddedPostCallWriter().Write(session).Snapshot.Emotions.Select(q => q.Text).ToList();
    }

    [Fact]
    public void ShortStrongFeeling_IsQuotedInEmotions()
    {
        Assert.Contains("It was a relief.", Emotions());
    }
}

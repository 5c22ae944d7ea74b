using System.Text;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Core.Tests.TestSupport;

namespace InterviewBot.Core.Tests.Journal;

public class JournalCodecTests
{
    private static readonly SessionEvent[] s_everyKind =
    [
        new SessionStarted(TimeSpan.Zero, "s1", new SessionSetup("learn scheduling", "Rosa", "Masa Madre", 30), [Build.Interviewer, Build.Interviewee]),
        new ParticipantJoined(Build.S(1.5), new Participant("obs", "Sam", ParticipantRole.Observer)),
        new SpeechStarted(Build.S(2), "er"),
        new SpeechEnded(Build.S(3.25), "er"),
        new UtteranceFinal(Build.S(3.25), new Utterance("er", Build.S(2), Build.S(3.25), "Do you use \"Slack\"?", 0.9,
            UtteranceLabels.ClosedQuestion | UtteranceLabels.FollowUp, StructureTags.NextStep)),
        new MediaTick(Build.S(4)),
        new NudgesSnoozed(Build.S(5), Build.S(600)),
        new NudgeKindMuted(Build.S(6), NudgeKinds.TalkRatio),
        new NudgeRaised(Build.S(7), new Nudge(NudgeKinds.ClosedQuestion, Build.S(7), "er", "Do you use Slack?", "why", "try")),
        new SinkAttached(Build.S(7), new SinkDescriptor("teams-chat", 1, new Dictionary<string, string> { ["serviceUrl"] = "https://smba.example/", ["personalChatId"] = "a:1" })),
        new SinkPosted(Build.S(7), "teams-chat", SinkPosted.NudgeItem(1), "activity-1"),
        new ParticipantLeft(Build.S(8), "obs"),
        new SessionEnded(Build.S(9), "hang-up"),
    ];

    [Fact]
    public void EveryEventKind_RoundTrips()
    {
        var bytes = s_everyKind.SelectMany(JournalCodec.EncodeLine).ToArray();

        var read = JournalCodec.Decode(bytes);

        Assert.Empty(read.Defects);
        Assert.Equal(s_everyKind.Length, read.Events.Count);
        for (var i = 0; i < s_everyKind.Length; i++)
            Assert.Equal(Normalize(s_everyKind[i]), Normalize(read.Events[i]));
    }

    [Fact]
    public void Line_UsesStableIdsAndSeconds()
    {
        var line = Encoding.UTF8.GetString(JournalCodec.EncodeLine(s_everyKind[4]));

        Assert.EndsWith("\n", line, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"utterance_final\"", line, StringComparison.Ordinal);
        Assert.Contains("\"at\":3.25", line, StringComparison.Ordinal);
        Assert.Contains("\"labels\":[\"follow_up\",\"closed_question\"]", line, StringComparison.Ordinal);
        Assert.Contains("\"tags\":[\"next_step\"]", line, StringComparison.Ordinal);
    }

    [Fact]
    public void SinkLines_NameTheirKindAndKeepTheirSettings()
    {
        var attached = Encoding.UTF8.GetString(JournalCodec.EncodeLine(s_everyKind[9]));
        var posted = Encoding.UTF8.GetString(JournalCodec.EncodeLine(s_everyKind[10]));

        Assert.Contains("\"type\":\"sink_attached\"", attached, StringComparison.Ordinal);
        Assert.Contains("\"sink\":{\"kind\":\"teams-chat\",\"version\":1,\"settings\":{\"serviceUrl\":\"https://smba.example/\",\"personalChatId\":\"a:1\"}}", attached, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"sink_posted\"", posted, StringComparison.Ordinal);
        Assert.Contains("\"item\":\"nudge:1\",\"reference\":\"activity-1\"", posted, StringComparison.Ordinal);
    }

    [Fact]
    public void TornTail_LoadsEveryCompleteEventAndReportsTheTail()
    {
        var bytes = s_everyKind.SelectMany(JournalCodec.EncodeLine).ToArray();
        var lastLine = JournalCodec.EncodeLine(s_everyKind[^1]).Length;
        var torn = bytes[..^(lastLine / 2)]; // the crash cut the last append in half

        var read = JournalCodec.Decode(torn);

        Assert.Equal(s_everyKind.Length - 1, read.Events.Count);
        Assert.True(read.HasTornTail);
        var defect = Assert.Single(read.Defects);
        Assert.Equal(s_everyKind.Length, defect.Line);
        Assert.Equal(bytes.Length - lastLine, defect.ByteOffset);
    }

    [Fact]
    public void DamagedMiddleLine_IsReportedAndTheRestStillLoads()
    {
        var lines = s_everyKind.Select(e => Encoding.UTF8.GetString(JournalCodec.EncodeLine(e))).ToList();
        lines[2] = "{\"type\":\"speech_started\",\"at\":\"oops\"}\n";

        var read = JournalCodec.Decode(Encoding.UTF8.GetBytes(string.Concat(lines)));

        Assert.Equal(s_everyKind.Length - 1, read.Events.Count);
        var defect = Assert.Single(read.Defects);
        Assert.Equal(3, defect.Line);
        Assert.False(defect.IsTail);
        Assert.False(read.HasTornTail);
    }

    [Theory]
    [InlineData("{\"type\":\"no_such_event\",\"at\":1}\n")]
    [InlineData("{\"at\":1}\n")]
    [InlineData("null\n")]
    [InlineData("{\"type\":\"utterance_final\",\"at\":1,\"utterance\":{\"speaker_id\":\"a\",\"start\":0,\"end\":1,\"text\":\"x\",\"labels\":[\"not_a_label\"]}}\n")]
    public void UnreadableLines_AreDefectsNotExceptions(string line)
    {
        var read = JournalCodec.Decode(Encoding.UTF8.GetBytes(line));

        Assert.Empty(read.Events);
        Assert.Single(read.Defects);
    }

    [Fact]
    public void BlankLines_AreNotDefects()
    {
        var read = JournalCodec.Decode(Encoding.UTF8.GetBytes("\n\r\n" + Encoding.UTF8.GetString(JournalCodec.EncodeLine(new MediaTick(Build.S(1))))));
        Assert.Single(read.Events);
        Assert.Empty(read.Defects);
    }

    // Records holding lists compare by reference; compare their JSON instead.
    private static string Normalize(SessionEvent e) => Encoding.UTF8.GetString(JournalCodec.EncodeLine(e));
}

using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Core.Transcripts;
using static InterviewBot.Core.Tests.TestSupport.Build;

namespace InterviewBot.Core.Tests.Replay;

public class TranscriptSessionTests
{
    private static Transcript Transcript(params TranscriptCue[] cues) => new("t.vtt", TranscriptFormat.TeamsVtt, cues);

    private static readonly Transcript s_two = Transcript(
        new("Ann", S(1), S(3), "How did it go?", 3),
        new("Bo", S(2.5), S(6), "Badly, at first.", 6));

    [Fact]
    public void FirstSpeaker_IsTheInterviewerByDefault()
    {
        var cast = TranscriptSession.Participants(s_two, null);

        Assert.Null(cast.Error);
        Assert.Equal([ParticipantRole.Interviewer, ParticipantRole.Interviewee], cast.Participants.Select(p => p.Role));
    }

    [Fact]
    public void NamedInterviewer_IsMatchedIgnoringCase()
    {
        var cast = TranscriptSession.Participants(s_two, " bo ");

        Assert.Equal("Bo", cast.Participants.Single(p => p.Role == ParticipantRole.Interviewer).Id);
    }

    [Fact]
    public void UnknownInterviewer_IsAnErrorNamingTheSpeakers()
    {
        var cast = TranscriptSession.Participants(s_two, "Carol");

        Assert.Contains("no speaker named 'Carol'", cast.Error, StringComparison.Ordinal);
        Assert.Contains("Ann, Bo", cast.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_StartFirstEndLastAndRunInMediaTimeOrder()
    {
        var events = TranscriptSession.Events(s_two, "s", SessionSetup.Empty, TranscriptSession.Participants(s_two, null).Participants);

        Assert.IsType<SessionStarted>(events[0]);
        Assert.IsType<SessionEnded>(events[^1]);
        Assert.Equal(S(6), events[^1].At);
        Assert.Equal(events.Select(e => e.At).Order(), events.Select(e => e.At));
        Assert.Equal(6, events.OfType<MediaTick>().Count());
    }

    [Fact]
    public void OverlappingCuesOfOneSpeaker_AreOneStretchOfSpeech()
    {
        var t = Transcript(new("Ann", S(0), S(5), "one", 1), new("Ann", S(4), S(8), "two", 2));

        var events = TranscriptSession.Events(t, "s", SessionSetup.Empty, TranscriptSession.Participants(t, null).Participants);

        Assert.Equal([S(0)], events.OfType<SpeechStarted>().Select(e => e.At));
        Assert.Equal([S(8)], events.OfType<SpeechEnded>().Select(e => e.At));
        Assert.Equal(2, events.OfType<UtteranceFinal>().Count());
    }

    [Fact]
    public void SpeechEnd_PrecedesItsUtteranceAtTheSameTime()
    {
        var events = TranscriptSession.Events(s_two, "s", SessionSetup.Empty, TranscriptSession.Participants(s_two, null).Participants, tick: TimeSpan.Zero);
        var at3 = events.Where(e => e.At == S(3)).ToArray();

        Assert.IsType<SpeechEnded>(at3[0]);
        Assert.IsType<UtteranceFinal>(at3[1]);
    }
}

using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using static InterviewBot.Core.Tests.TestSupport.Build;

namespace InterviewBot.Core.Tests.Sessions;

public class InterviewSessionTests
{
    [Fact]
    public void EventBeforeStart_IsRejected()
    {
        var session = CoachFactory.CreateSession();

        var step = session.Apply(new SpeechStarted(S(1), "er"));

        Assert.True(step.IsRejected);
        Assert.Contains("before the session started", step.Rejection, StringComparison.Ordinal);
        Assert.Equal(SessionStatus.Created, session.Status);
    }

    [Fact]
    public void Start_SetsIdSetupRolesAndLiveStatus()
    {
        var session = Session(new SessionSetup(Goal: "learn", PlannedMinutes: 30));

        Assert.Equal("s1", session.Id);
        Assert.Equal(SessionStatus.Live, session.Status);
        Assert.Equal(Interviewer, session.Interviewer);
        Assert.Equal(ParticipantRole.Interviewee, session.RoleOf("ee"));
        Assert.Equal(TimeSpan.FromMinutes(30), session.Setup.PlannedLength);
    }

    [Fact]
    public void SecondStart_IsRejected() =>
        Assert.True(Session().Apply(Start()).IsRejected);

    [Fact]
    public void EventAfterEnd_IsRejectedAndChangesNothing()
    {
        var session = Session();
        session.Apply(new SessionEnded(S(10), "hang-up"));

        var step = session.Apply(new UtteranceFinal(S(11), new Utterance("ee", S(10), S(11), "late words")));

        Assert.True(step.IsRejected);
        Assert.Empty(session.Utterances);
        Assert.Equal("hang-up", session.EndReason);
    }

    [Fact]
    public void MediaTime_NeverRunsBackwards()
    {
        var session = Session();
        session.Apply(new MediaTick(S(20)));

        session.Apply(new SpeechStarted(S(5), "ee"));

        Assert.Equal(S(20), session.Now);
    }

    [Fact]
    public void FinalUtterance_IsStoredWithItsLabels()
    {
        var session = Session();

        ApplyAll(session, Turn(Interviewer, 100, 103, "Do you use any software for the schedule?"));

        var u = Assert.Single(session.Utterances);
        Assert.True(u.Labels.HasFlag(UtteranceLabels.ClosedQuestion));
    }

    [Fact]
    public void UnknownSpeaker_IsAddedAsObserverAndNeverCoached()
    {
        var session = Session();

        ApplyAll(session, Turn(new Participant("zz", "zz", ParticipantRole.Observer), 100, 104, "You love it, right?"));

        Assert.Equal(ParticipantRole.Observer, session.RoleOf("zz"));
        Assert.Equal(UtteranceLabels.None, session.Utterances[0].Labels);
    }

    [Fact]
    public void End_ClosesSpeechStillOpen()
    {
        var session = Session();
        session.Apply(new SpeechStarted(S(10), "ee"));

        session.Apply(new SessionEnded(S(15), "hang-up"));

        Assert.Equal(S(5), session.Speech.TotalTalk("ee", S(100)));
        Assert.False(session.Speech.IsSpeaking("ee"));
    }

    [Fact]
    public void RaisedNudge_IsKeptOnTheSession()
    {
        var session = Session();

        var raised = ApplyAll(session, Turn(Interviewer, 100, 104, "So I bet you spend hours on the schedule, right?"));

        var nudge = Assert.Single(raised);
        Assert.Equal(NudgeKinds.LeadingQuestion, nudge.Kind);
        Assert.Equal(raised, session.Nudges);
    }
}

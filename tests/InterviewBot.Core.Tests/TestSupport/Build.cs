using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Policy;
using InterviewBot.Core.Coaching.Rules;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Tests.TestSupport;

/// <summary>Short ways to write sessions and events in tests.</summary>
internal static class Build
{
    public static readonly Participant Interviewer = new("er", "Priya", ParticipantRole.Interviewer);
    public static readonly Participant Interviewee = new("ee", "Marcus", ParticipantRole.Interviewee);

    public static TimeSpan S(double seconds) => TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));

    public static SessionStarted Start(SessionSetup? setup = null) =>
        new(TimeSpan.Zero, "s1", setup ?? SessionSetup.Empty, [Interviewer, Interviewee]);

    /// <summary>A started session with the full coach.</summary>
    public static InterviewSession Session(SessionSetup? setup = null)
    {
        var session = CoachFactory.CreateSession();
        Assert.False(session.Apply(Start(setup)).IsRejected);
        return session;
    }

    /// <summary>A started session whose coach runs only <paramref name="rule"/>, with no rate limit or quiet start to hide it.</summary>
    public static InterviewSession Isolated(INudgeRule rule, SessionSetup? setup = null)
    {
        var policy = new NudgePolicy(new NudgePolicyOptions { NewCardGap = TimeSpan.Zero, QuietStart = TimeSpan.Zero, SameKindWindow = TimeSpan.Zero });
        var session = new InterviewSession(new CoachingEngine(CoachFactory.Classifier, [rule], policy));
        Assert.False(session.Apply(Start(setup)).IsRejected);
        return session;
    }

    /// <summary>Speech and the final utterance for one turn, as a transcript replay would send them.</summary>
    public static IEnumerable<SessionEvent> Turn(Participant who, double start, double end, string text) =>
    [
        new SpeechStarted(S(start), who.Id),
        new SpeechEnded(S(end), who.Id),
        new UtteranceFinal(S(end), new Utterance(who.Id, S(start), S(end), text)),
    ];

    /// <summary>Applies events in order and returns every nudge raised.</summary>
    public static List<Nudge> ApplyAll(InterviewSession session, IEnumerable<SessionEvent> events)
    {
        var raised = new List<Nudge>();
        foreach (var e in events)
        {
            var step = session.Apply(e);
            Assert.False(step.IsRejected, step.Rejection);
            if (step.Nudge is { } n) raised.Add(n);
        }
        return raised;
    }

    /// <summary>One tick per second from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public static IEnumerable<SessionEvent> Ticks(int from, int to)
    {
        for (var t = from; t <= to; t++) yield return new MediaTick(S(t));
    }
}

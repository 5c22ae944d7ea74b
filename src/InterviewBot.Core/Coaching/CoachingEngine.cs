using InterviewBot.Core.Coaching.Classification;
using InterviewBot.Core.Coaching.Policy;
using InterviewBot.Core.Coaching.Rules;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Coaching;

/// <summary>One session's coach: labels utterances, runs every rule on every event, and lets the policy pick.</summary>
public sealed class CoachingEngine
{
    private readonly IReadOnlyList<INudgeRule> _rules;
    private readonly List<NudgeCandidate> _candidates = [];

    public CoachingEngine(IUtteranceClassifier classifier, IReadOnlyList<INudgeRule> rules, NudgePolicy policy)
    {
        Classifier = classifier;
        _rules = rules;
        Policy = policy;
    }

    public IUtteranceClassifier Classifier { get; }

    public NudgePolicy Policy { get; }

    /// <summary>Runs the rules for one applied event and returns the nudge the policy raises now, if any.</summary>
    public Nudge? Step(SessionEvent e, ISessionView session)
    {
        _candidates.Clear();
        foreach (var rule in _rules) rule.OnEvent(e, session, _candidates);
        return Policy.Decide(session.Now, _candidates);
    }
}

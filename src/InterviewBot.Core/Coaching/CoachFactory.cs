using InterviewBot.Core.Coaching.Classification;
using InterviewBot.Core.Coaching.Classification.Model;
using InterviewBot.Core.Coaching.Policy;
using InterviewBot.Core.Coaching.Rules;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Coaching;

/// <summary>Builds sessions with the full coach: the shared (stateless) classifier and a fresh set of stateful rules.</summary>
public static class CoachFactory
{
    private static readonly Lazy<HybridClassifier> s_classifier = new(() =>
        new HybridClassifier(new PatternClassifier(), EmbeddedModel.Load() is { } file ? new LinearModel(file) : null));

    /// <summary>The embedded classifier (speech normalisation, rules and the trained model), built once per process.</summary>
    public static IUtteranceClassifier Classifier => s_classifier.Value;

    public static IReadOnlyList<INudgeRule> CreateRules() =>
    [
        new TalkRatioRule(),
        new MonologueRule(),
        new InterruptRule(),
        new WaitLongerRule(),
        new QuestionLabelRule(),
        .. FollowThroughRule.All(),
        new CoverageRule(),
        new WrapUpRule(),
    ];

    public static CoachingEngine CreateEngine(NudgePolicyOptions? policy = null) =>
        new(Classifier, CreateRules(), new NudgePolicy(policy ?? NudgePolicyOptions.Default));

    public static InterviewSession CreateSession(NudgePolicyOptions? policy = null) => new(CreateEngine(policy));
}

using InterviewBot.Core.Coaching.Normalisation;

namespace InterviewBot.Core.Coaching.Classification.Model;

/// <summary>What the featurizer reads for one utterance: its normalised text and the rules' verdict, and the same for the context turn.</summary>
public sealed record FeatureInput(NormalisedUtterance Utterance, Classification Rules, NormalisedUtterance? Context, Classification ContextRules);

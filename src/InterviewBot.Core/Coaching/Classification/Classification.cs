using InterviewBot.Core.Coaching.Labels;

namespace InterviewBot.Core.Coaching.Classification;

/// <summary>The labels and structure tags the classifier gives one utterance.</summary>
public readonly record struct Classification(UtteranceLabels Labels, StructureTags Tags);

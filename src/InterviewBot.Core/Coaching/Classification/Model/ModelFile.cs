namespace InterviewBot.Core.Coaching.Classification.Model;

/// <summary>
/// A trained classifier as committed: the feature space it was built for, the SHA-256 of the data it was
/// trained on (a test compares it with the committed corpus), and one model per label.
/// </summary>
public sealed record ModelFile(string FeaturizerVersion, int Buckets, string CorpusSha256, string TrainedOn, int Seed, IReadOnlyList<LabelModel> Labels);

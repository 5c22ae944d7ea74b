using InterviewBot.Core.Coaching.Labels;

namespace InterviewBot.Core.Coaching.Classification.Model;

/// <summary>
/// Every label's weights in one dense bucket-major table, so scoring an utterance reads each of its features'
/// weights for all labels from one place. Scores are probabilities (logistic of the weighted sum).
/// </summary>
public sealed class LinearModel
{
    private readonly float[] _weights;
    private readonly float[] _bias;

    public LinearModel(ModelFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Buckets != Featurizer.Buckets || file.FeaturizerVersion != Featurizer.Version)
            throw new InvalidDataException($"model built for features '{file.FeaturizerVersion}' × {file.Buckets}, this build has '{Featurizer.Version}' × {Featurizer.Buckets}: retrain it with 'interviewbot train'");
        Labels = file.Labels;
        _bias = file.Labels.Select(l => l.Bias).ToArray();
        _weights = new float[Featurizer.Buckets * Labels.Count];
        for (var l = 0; l < Labels.Count; l++)
        {
            foreach (var (index, weight) in Labels[l].Weights)
            {
                if ((uint)index >= Featurizer.Buckets) throw new InvalidDataException($"{LabelIds.IdOf(Labels[l].Label)}: weight index {index} outside the feature space");
                _weights[(index * Labels.Count) + l] = weight;
            }
        }
    }

    /// <summary>The labels, in the order of <see cref="Score"/>'s output.</summary>
    public IReadOnlyList<LabelModel> Labels { get; }

    /// <summary>Writes each label's probability into <paramref name="scores"/> (one slot per label).</summary>
    public void Score(FeatureVector features, Span<float> scores)
    {
        ArgumentNullException.ThrowIfNull(features);
        var n = Labels.Count;
        var sums = scores[..n];
        _bias.CopyTo(sums);
        var weights = _weights.AsSpan();
        for (var i = 0; i < features.Count; i++)
        {
            var row = weights.Slice(features.Indices[i] * n, n);
            var v = features.Values[i];
            for (var l = 0; l < n; l++) sums[l] += row[l] * v;
        }
        for (var l = 0; l < n; l++) sums[l] = 1f / (1f + MathF.Exp(-sums[l]));
    }
}

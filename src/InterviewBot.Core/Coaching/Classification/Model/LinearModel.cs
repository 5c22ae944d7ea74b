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

    /// <summary>The labels that have weights: a rules-decided label ships none, and its row would only be zeros to add.</summary>
    private readonly int[] _active;

    public LinearModel(ModelFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Buckets != Featurizer.Buckets || file.FeaturizerVersion != Featurizer.Version)
            throw new InvalidDataException($"model built for features '{file.FeaturizerVersion}' × {file.Buckets}, this build has '{Featurizer.Version}' × {Featurizer.Buckets}: retrain it with 'interviewbot train'");
        Labels = file.Labels;
        _bias = file.Labels.Select(l => l.Bias).ToArray();
        _active = Enumerable.Range(0, Labels.Count).Where(l => Labels[l].Weights.Count > 0).ToArray();
        var n = _active.Length;
        _weights = new float[Featurizer.Buckets * n];
        for (var a = 0; a < n; a++)
        {
            var l = _active[a];
            foreach (var (index, weight) in Labels[l].Weights)
            {
                if ((uint)index >= Featurizer.Buckets) throw new InvalidDataException($"{LabelIds.IdOf(Labels[l].Label)}: weight index {index} outside the feature space");
                _weights[(index * n) + a] = weight;
            }
        }
    }

    /// <summary>The labels, in the order of <see cref="Score"/>'s output.</summary>
    public IReadOnlyList<LabelModel> Labels { get; }

    /// <summary>Writes each label's probability into <paramref name="scores"/> (one slot per label).</summary>
    public void Score(FeatureVector features, Span<float> scores)
    {
        ArgumentNullException.ThrowIfNull(features);
        var n = _active.Length;
        Span<float> sums = stackalloc float[n];
        for (var a = 0; a < n; a++) sums[a] = _bias[_active[a]];
        var weights = _weights.AsSpan();
        for (var i = 0; i < features.Count; i++)
        {
            var row = weights.Slice(features.Indices[i] * n, n);
            var v = features.Values[i];
            for (var a = 0; a < n; a++) sums[a] += row[a] * v;
        }
        // A label without weights scores its bias alone, as the full sum would.
        for (var l = 0; l < Labels.Count; l++) scores[l] = 1f / (1f + MathF.Exp(-_bias[l]));
        for (var a = 0; a < n; a++) scores[_active[a]] = 1f / (1f + MathF.Exp(-sums[a]));
    }
}

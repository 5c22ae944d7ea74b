using InterviewBot.Core.Coaching.Classification.Model;
using InterviewBot.Core.Coaching.Labels;

namespace InterviewBot.Training.Learning;

/// <summary>
/// Logistic regression for several labels at once over hashed sparse features, fitted by AdaGrad with L2,
/// in a seeded order so the same data always gives the same weights. Rare labels get their positives weighted
/// up (capped), since the threshold is chosen afterwards anyway.
/// The defaults are the best of a small grid on the dev set's cross-validation (model-only F1): an accumulator
/// that starts at 1 (so a feature seen once moves little), rate 2, and an L1 step that zeroes what the data
/// does not keep pushing (which also keeps the model file small).
/// </summary>
public sealed class LogisticRegression(int seed, int epochs = 10, float learningRate = 2f, float l2 = 1e-5f, float l1 = 0.002f, float initialAccumulator = 1f)
{
    private const float MaxPositiveWeight = 4f;

    /// <summary>Weights below this are dropped: they move a score by less than a rounding error and bloat the model file.</summary>
    public const float PruneBelow = 0.02f;

    public IReadOnlyList<(float Bias, IReadOnlyList<(int Index, float Weight)> Weights)> Fit(IReadOnlyList<PreparedItem> items, IReadOnlyList<UtteranceLabels> labels)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(labels);
        var n = labels.Count;
        var w = new float[Featurizer.Buckets * n];
        var g2 = new float[w.Length];
        Array.Fill(g2, initialAccumulator);
        var bias = new float[n];
        var gb2 = new float[n];
        var positiveWeight = PositiveWeights(items, labels);
        var order = Enumerable.Range(0, items.Count).ToArray();
        var random = new Random(seed);
        var grad = new float[n];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var k in order)
            {
                var item = items[k];
                var f = item.Features;
                for (var l = 0; l < n; l++) grad[l] = bias[l];
                for (var i = 0; i < f.Count; i++)
                {
                    var row = f.Indices[i] * n;
                    for (var l = 0; l < n; l++) grad[l] += w[row + l] * f.Values[i];
                }
                for (var l = 0; l < n; l++)
                {
                    if (!item.Scores(labels[l])) { grad[l] = 0; continue; }
                    var y = item.Gold(labels[l]);
                    var p = 1f / (1f + MathF.Exp(-grad[l]));
                    grad[l] = (p - (y ? 1f : 0f)) * (y ? positiveWeight[l] : 1f);
                    gb2[l] += grad[l] * grad[l];
                    bias[l] -= learningRate * grad[l] / MathF.Sqrt(gb2[l] + initialAccumulator);
                }
                for (var i = 0; i < f.Count; i++)
                {
                    var row = f.Indices[i] * n;
                    for (var l = 0; l < n; l++)
                    {
                        if (grad[l] == 0) continue;
                        var g = (grad[l] * f.Values[i]) + (l2 * w[row + l]);
                        g2[row + l] += g * g;
                        var step = learningRate / MathF.Sqrt(g2[row + l]);
                        var v = w[row + l] - (step * g);
                        // L1 as a proximal step (FOBOS): weights the data does not keep pushing fall to exactly zero.
                        w[row + l] = MathF.Sign(v) * MathF.Max(0f, MathF.Abs(v) - (step * l1));
                    }
                }
            }
        }
        return Enumerable.Range(0, n).Select(l => (Round(bias[l]), (IReadOnlyList<(int Index, float Weight)>)Pruned(w, n, l))).ToArray();
    }

    private static float[] PositiveWeights(IReadOnlyList<PreparedItem> items, IReadOnlyList<UtteranceLabels> labels) =>
        labels.Select(label =>
        {
            int pos = 0, neg = 0;
            foreach (var item in items)
            {
                if (!item.Scores(label)) continue;
                if (item.Gold(label)) pos++;
                else neg++;
            }
            return pos == 0 ? 1f : Math.Clamp(MathF.Sqrt((float)neg / pos), 1f, MaxPositiveWeight);
        }).ToArray();

    private static List<(int, float)> Pruned(float[] w, int n, int l)
    {
        var kept = new List<(int, float)>();
        for (var b = 0; b < Featurizer.Buckets; b++)
        {
            var v = w[(b * n) + l];
            if (MathF.Abs(v) >= PruneBelow) kept.Add((b, Round(v)));
        }
        return kept;
    }

    // The model file stores four decimals: round here so cross-validation scores exactly what ships.
    private static float Round(float v) => MathF.Round(v * 10000f) / 10000f;
}

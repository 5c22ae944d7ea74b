namespace InterviewBot.Core.Synthesis;

/// <summary>TF-IDF vectors of clauses over their content words (smoothed idf), L2-normalised, with cosine similarity.</summary>
public sealed class TfIdfVectors
{
    private readonly IReadOnlyList<Dictionary<string, double>> _vectors;
    private readonly Dictionary<string, double> _idf;
    private TfIdfVectors(IReadOnlyList<Dictionary<string, double>> vectors, Dictionary<string, double> idf) => (_vectors, _idf) = (vectors, idf);

    /// <summary>How many clauses were vectorised.</summary>
    public int Count => _vectors.Count;

    /// <summary>Vectorises each clause's words; a word's idf is ln((1+N)/(1+df)) + 1.</summary>
    public static TfIdfVectors Build(IReadOnlyList<IReadOnlyList<string>> documents) => Build(documents, null, TermWeighting.None);

    /// <summary>
    /// Vectorises each clause's words with idf ln((1+N)/(1+df)) + 1, a word used by one interview only (of
    /// <paramref name="owners"/>, the interview of each document) times <paramref name="weighting"/>'s factor.
    /// </summary>
    public static TfIdfVectors Build(IReadOnlyList<IReadOnlyList<string>> documents, IReadOnlyList<string>? owners, TermWeighting weighting)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(weighting);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var spread = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var d = 0; d < documents.Count; d++)
            foreach (var w in documents[d].Distinct(StringComparer.Ordinal))
            {
                df[w] = df.GetValueOrDefault(w) + 1;
                if (owners is null) continue;
                if (!spread.TryGetValue(w, out var who)) spread[w] = who = new HashSet<string>(StringComparer.Ordinal);
                who.Add(owners[d]);
            }
        var n = documents.Count;
        var idf = df.ToDictionary(kv => kv.Key, kv =>
        {
            var factor = owners is not null && spread[kv.Key].Count < 2 ? weighting.SingleInterviewFactor : 1.0;
            return factor * (Math.Log((1.0 + n) / (1.0 + kv.Value)) + 1.0);
        }, StringComparer.Ordinal);
        return new TfIdfVectors(documents.Select(d => Weigh(d, idf)).ToList(), idf);
    }

    /// <summary>Cosine similarity of clauses <paramref name="i"/> and <paramref name="j"/> (0 when either has no words).</summary>
    public double Cosine(int i, int j) => Dot(_vectors[i], _vectors[j]);

    /// <summary>The centroid of <paramref name="group"/>, for <see cref="CosineTo"/>.</summary>
    public IReadOnlyDictionary<string, double> Centroid(IReadOnlyList<int> group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var i in group)
            foreach (var (w, x) in _vectors[i]) centroid[w] = centroid.GetValueOrDefault(w) + x;
        var norm = Math.Sqrt(centroid.Values.Sum(x => x * x));
        if (norm > 0) foreach (var w in centroid.Keys.ToList()) centroid[w] /= norm;
        return centroid;
    }

    /// <summary>Cosine of any words (weighed with this corpus' idf; unseen words weigh nothing) to a <see cref="Centroid"/>.</summary>
    public double CosineTo(IReadOnlyList<string> words, IReadOnlyDictionary<string, double> centroid)
    {
        ArgumentNullException.ThrowIfNull(centroid);
        var v = Weigh(words, _idf);
        var sum = 0.0;
        foreach (var (w, p) in v) if (centroid.TryGetValue(w, out var q)) sum += p * q;
        return sum;
    }

    private static Dictionary<string, double> Weigh(IReadOnlyList<string> words, Dictionary<string, double> idf)
    {
        var v = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var w in words) v[w] = v.GetValueOrDefault(w) + 1;
        foreach (var w in v.Keys.ToList()) v[w] *= idf.GetValueOrDefault(w);
        var norm = Math.Sqrt(v.Values.Sum(x => x * x));
        if (norm > 0) foreach (var w in v.Keys.ToList()) v[w] /= norm;
        return v;
    }

    private static double Dot(Dictionary<string, double> x, Dictionary<string, double> y)
    {
        var (a, b) = x.Count <= y.Count ? (x, y) : (y, x);
        var sum = 0.0;
        foreach (var (w, p) in a) if (b.TryGetValue(w, out var q)) sum += p * q;
        return sum;
    }
}

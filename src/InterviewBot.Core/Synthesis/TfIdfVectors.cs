namespace InterviewBot.Core.Synthesis;

/// <summary>TF-IDF vectors of clauses over their content words (smoothed idf), L2-normalised, with cosine similarity.</summary>
public sealed class TfIdfVectors
{
    private readonly IReadOnlyList<Dictionary<string, double>> _vectors;

    private TfIdfVectors(IReadOnlyList<Dictionary<string, double>> vectors) => _vectors = vectors;

    /// <summary>How many clauses were vectorised.</summary>
    public int Count => _vectors.Count;

    /// <summary>Vectorises each clause's words; a word's idf is ln((1+N)/(1+df)) + 1.</summary>
    public static TfIdfVectors Build(IReadOnlyList<IReadOnlyList<string>> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var doc in documents)
            foreach (var w in doc.Distinct(StringComparer.Ordinal)) df[w] = df.GetValueOrDefault(w) + 1;
        var n = documents.Count;
        var vectors = new List<Dictionary<string, double>>(n);
        foreach (var doc in documents)
        {
            var v = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var w in doc) v[w] = v.GetValueOrDefault(w) + 1;
            foreach (var w in v.Keys.ToList()) v[w] *= Math.Log((1.0 + n) / (1.0 + df[w])) + 1.0;
            var norm = Math.Sqrt(v.Values.Sum(x => x * x));
            if (norm > 0) foreach (var w in v.Keys.ToList()) v[w] /= norm;
            vectors.Add(v);
        }
        return new TfIdfVectors(vectors);
    }

    /// <summary>Cosine similarity of clauses <paramref name="i"/> and <paramref name="j"/> (0 when either has no words).</summary>
    public double Cosine(int i, int j)
    {
        var (a, b) = _vectors[i].Count <= _vectors[j].Count ? (_vectors[i], _vectors[j]) : (_vectors[j], _vectors[i]);
        var sum = 0.0;
        foreach (var (w, x) in a) if (b.TryGetValue(w, out var y)) sum += x * y;
        return sum;
    }
}

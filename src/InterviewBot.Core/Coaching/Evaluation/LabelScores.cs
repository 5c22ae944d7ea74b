namespace InterviewBot.Core.Coaching.Evaluation;

/// <summary>Precision, recall and F1 of one label over an evaluation set.</summary>
public sealed record LabelScore(string Label, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public int Support => TruePositives + FalseNegatives;

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => Support == 0 ? 1 : (double)TruePositives / Support;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>A wrong label and how often: <see cref="Predicted"/> given where <see cref="Expected"/> was right ("-" for none).</summary>
public sealed record Confusion(string Expected, string Predicted, int Count, IReadOnlyList<string> ExampleIds);

/// <summary>Scores every label of a set, and lists the confusions behind the errors.</summary>
public sealed record LabelReport(IReadOnlyList<LabelScore> Scores, IReadOnlyList<Confusion> Confusions)
{
    public static LabelReport Compute(IEnumerable<LabelExample> examples, IEnumerable<string> labels)
    {
        var list = examples.ToList();
        var scores = labels.Select(label =>
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var e in list)
            {
                var gold = e.Gold.Contains(label);
                var predicted = e.Predicted.Contains(label);
                if (gold && predicted) tp++;
                else if (predicted) fp++;
                else if (gold) fn++;
            }
            return new LabelScore(label, tp, fp, fn);
        }).ToList();

        var confusions = new Dictionary<(string, string), List<string>>();
        void Add(string expected, string predicted, string id)
        {
            if (!confusions.TryGetValue((expected, predicted), out var ids)) confusions[(expected, predicted)] = ids = [];
            ids.Add(id);
        }
        foreach (var e in list)
        {
            var missed = e.Gold.Except(e.Predicted).ToList();
            var extra = e.Predicted.Except(e.Gold).ToList();
            foreach (var m in missed)
            {
                if (extra.Count == 0) Add(m, "-", e.Id);
                foreach (var x in extra) Add(m, x, e.Id);
            }
            if (missed.Count == 0)
                foreach (var x in extra) Add("-", x, e.Id);
        }
        var ordered = confusions
            .Select(kv => new Confusion(kv.Key.Item1, kv.Key.Item2, kv.Value.Count, kv.Value))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Expected, StringComparer.Ordinal).ThenBy(c => c.Predicted, StringComparer.Ordinal)
            .ToList();
        return new LabelReport(scores, ordered);
    }
}

using InterviewBot.Core.Coaching.Classification.Model;

namespace InterviewBot.Training.Learning;

/// <summary>
/// Chooses, per label, rules, model or hybrid and the model's threshold, precision first (COACHING.md: a wrong
/// nudge costs more than a missed one): the most recall with precision at or above the target, or, when nothing
/// reaches it, the best F0.5; the model replaces the rules only when it gains a margin. Ties go to the rules, then the model alone, then the hybrid, and the higher threshold.
/// </summary>
public static class ModeSelector
{
    /// <summary>Fewer true positives than this is luck, not precision: such a point never counts as meeting the target.</summary>
    private const int MinTruePositives = 3;

    /// <summary>
    /// What the model must add over the rules before it replaces them: inner-fold figures are noisy, and a swap
    /// that gains less than this is as likely to lose on the next source.
    /// </summary>
    private const double Margin = 0.02;

    /// <summary>A threshold no probability reaches: the model says no to everything.</summary>
    public const double Never = 1.01;

    public static ModeChoice Choose(IReadOnlyList<ScoredExample> examples, double precisionTarget)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var positives = examples.Count(e => e.Gold);
        var rules = Point.Of(examples.Count(e => e.Rules && e.Gold), examples.Count(e => e.Rules && !e.Gold), positives, LabelMode.Rules, Never);
        var model = Sweep(examples, positives, LabelMode.Model);
        var hybrid = Sweep(examples, positives, LabelMode.Hybrid);
        var best = Best([rules, .. hybrid, .. model], precisionTarget);
        return new ModeChoice(best.Mode, best.Threshold, Best(model, precisionTarget).Threshold, Best(hybrid, precisionTarget).Threshold);
    }

    private static Point Best(IReadOnlyList<Point> points, double precisionTarget)
    {
        var meeting = points.Where(p => p.TruePositives >= MinTruePositives && p.Precision >= precisionTarget).ToList();
        var pool = meeting.Count > 0 ? meeting : points.ToList();
        Func<Point, double> key = meeting.Count > 0
            ? p => p.Recall - (p.Mode == LabelMode.Rules ? 0 : Margin)
            : p => p.F05 - (p.Mode == LabelMode.Rules ? 0 : Margin);
        var top = pool.Max(key);
        return pool.Where(p => key(p) >= top - 1e-12).OrderBy(p => p.Mode).ThenByDescending(p => p.Threshold).First();
    }

    /// <summary>Every distinct threshold, highest first: the model alone, or the rules plus the model's extra positives.</summary>
    private static List<Point> Sweep(IReadOnlyList<ScoredExample> examples, int positives, LabelMode mode)
    {
        var hybrid = mode == LabelMode.Hybrid;
        int tp = hybrid ? examples.Count(e => e.Rules && e.Gold) : 0, fp = hybrid ? examples.Count(e => e.Rules && !e.Gold) : 0;
        var points = new List<Point> { Point.Of(tp, fp, positives, mode, Never) };
        var sorted = examples.Where(e => !(hybrid && e.Rules)).OrderByDescending(e => e.Score).ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].Gold) tp++;
            else fp++;
            if (i + 1 < sorted.Length && sorted[i + 1].Score == sorted[i].Score) continue;
            // Halfway to the next score down: a threshold between the two, not on a training score.
            var next = i + 1 < sorted.Length ? sorted[i + 1].Score : 0f;
            points.Add(Point.Of(tp, fp, positives, mode, (sorted[i].Score + next) / 2.0));
        }
        return points;
    }

    private sealed record Point(int TruePositives, double Precision, double Recall, LabelMode Mode, double Threshold)
    {
        public double F05 => Precision + Recall == 0 ? 0 : 1.25 * Precision * Recall / ((0.25 * Precision) + Recall);

        public static Point Of(int tp, int fp, int positives, LabelMode mode, double threshold) =>
            new(tp, tp + fp == 0 ? 1 : (double)tp / (tp + fp), positives == 0 ? 0 : (double)tp / positives, mode, threshold);
    }
}

using InterviewBot.Core.Coaching.Classification.Model;

namespace InterviewBot.Training.Learning;

/// <summary>
/// Chooses, per label, rules, model, hybrid or gated and the model's thresholds, precision first (COACHING.md: a wrong
/// nudge costs more than a missed one): the most recall with precision at or above the target, or, when nothing
/// reaches it, the best F0.5; the model replaces the rules only when it gains a margin. Ties go to the rules, then the
/// model alone, then the hybrid, then gated, and the higher threshold. Only inner-fold scores come in here.
/// With a dev-set floor, a point counts only if it also keeps the dev set's items (clean text, where the rules are
/// precise) at that floor: the model may replace the rules on real speech, not break what they get right on clean text.
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

    /// <summary>Gated mode has two thresholds, so it can fit noise in two places: it must beat the one-threshold modes by this much more.</summary>
    private const double GatedMargin = 0.01;

    /// <summary>At most this many candidate thresholds per side in gated mode (quantiles of the scores): enough to find the knee, cheap to pair.</summary>
    private const int GatedCandidates = 64;

    /// <summary>How much of the rules' own dev-set precision or recall a mode may give away.</summary>
    private const double DevSlack = 0.02;

    /// <summary>A threshold no probability reaches: the model says no to everything.</summary>
    public const double Never = 1.01;

    public static ModeChoice Choose(IReadOnlyList<ScoredExample> examples, double precisionTarget, (double Precision, double Recall)? devFloor = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var totals = new Totals(examples.Count(e => e.Gold && !e.DevSet), examples.Count(e => e.Gold && e.DevSet));
        var rulesYes = Counts.Of(examples.Where(e => e.Rules));
        var rules = Point.Of(rulesYes, totals, LabelMode.Rules, Never);
        var model = Sweep(examples, totals, LabelMode.Model);
        var hybrid = Sweep(examples, totals, LabelMode.Hybrid);
        var gated = Gated(examples, totals);
        // No dev items in this training set: the floor does not apply. Otherwise a mode may not lose more than a little of
        // what the rules get on the dev set either, even above the floor: the floor is a minimum, not a budget to spend.
        var floor = examples.Any(e => e.DevSet) && devFloor is { } f
            ? (Math.Max(f.Precision, rules.DevPrecision - DevSlack), Math.Max(f.Recall, rules.DevRecall - DevSlack))
            : ((double, double)?)null;
        var best = Best([rules, .. hybrid, .. model, .. gated], precisionTarget, floor);
        return new ModeChoice(best.Mode, best.Threshold, Best(model, precisionTarget, floor).Threshold, Best(hybrid, precisionTarget, floor).Threshold, best.RulesThreshold);
    }

    private static Point Best(IReadOnlyList<Point> points, double precisionTarget, (double Precision, double Recall)? devFloor)
    {
        // The rules always stay a candidate, so there is always something to choose.
        if (devFloor is { } f)
            points = points.Where(p => p.Mode == LabelMode.Rules || (p.DevPrecision >= f.Precision && p.DevRecall >= f.Recall)).ToList() is { Count: > 0 } kept ? kept : points;
        var meeting = points.Where(p => p.TruePositives >= MinTruePositives && p.Precision >= precisionTarget).ToList();
        var pool = meeting.Count > 0 ? meeting : points.ToList();
        Func<Point, double> key = meeting.Count > 0
            ? p => p.Recall - Penalty(p.Mode)
            : p => p.F05 - Penalty(p.Mode);
        var top = pool.Max(key);
        return pool.Where(p => key(p) >= top - 1e-12).OrderBy(p => p.Mode).ThenByDescending(p => p.Threshold).ThenBy(p => p.RulesThreshold).First();
    }

    private static double Penalty(LabelMode mode) => mode switch
    {
        LabelMode.Rules => 0,
        LabelMode.Gated => Margin + GatedMargin,
        _ => Margin,
    };

    /// <summary>Every distinct threshold, highest first: the model alone, or the rules plus the model's extra positives.</summary>
    private static List<Point> Sweep(IReadOnlyList<ScoredExample> examples, Totals totals, LabelMode mode)
    {
        var hybrid = mode == LabelMode.Hybrid;
        var start = hybrid ? Counts.Of(examples.Where(e => e.Rules)) : default;
        var points = new List<Point> { Point.Of(start, totals, mode, Never) };
        foreach (var (t, c) in Cumulative(examples.Where(e => !(hybrid && e.Rules))))
            points.Add(Point.Of(start + c, totals, mode, t));
        return points;
    }

    /// <summary>
    /// Gated: one threshold for the items the rules said yes to, another for the rest. Counts add up across the two
    /// sides, so every pair of candidate thresholds is scored without rescanning the examples.
    /// </summary>
    private static List<Point> Gated(IReadOnlyList<ScoredExample> examples, Totals totals)
    {
        var yes = Thin([(0.0, Counts.Of(examples.Where(e => e.Rules))), (Never, default), .. Cumulative(examples.Where(e => e.Rules))]);
        var no = Thin([(Never, default), .. Cumulative(examples.Where(e => !e.Rules))]);
        var points = new List<Point>(yes.Count * no.Count);
        foreach (var (tr, cr) in yes)
            foreach (var (tn, cn) in no)
                points.Add(Point.Of(cr + cn, totals, LabelMode.Gated, tn, tr));
        return points;
    }

    /// <summary>True and false positives at every distinct score, highest first; each threshold sits halfway to the next score down.</summary>
    private static IEnumerable<(double Threshold, Counts Counts)> Cumulative(IEnumerable<ScoredExample> examples)
    {
        var sorted = examples.OrderByDescending(e => e.Score).ToArray();
        var c = default(Counts);
        for (var i = 0; i < sorted.Length; i++)
        {
            c += Counts.Of(sorted[i]);
            if (i + 1 < sorted.Length && sorted[i + 1].Score == sorted[i].Score) continue;
            var next = i + 1 < sorted.Length ? sorted[i + 1].Score : 0f;
            yield return ((sorted[i].Score + next) / 2.0, c);
        }
    }

    private static List<(double Threshold, Counts Counts)> Thin(List<(double Threshold, Counts Counts)> points)
    {
        if (points.Count <= GatedCandidates) return points;
        var step = (double)points.Count / GatedCandidates;
        var kept = Enumerable.Range(0, GatedCandidates).Select(i => points[(int)(i * step)]).ToList();
        kept.Add(points[^1]);
        return kept;
    }

    /// <summary>Positives to find, outside the dev set and in it.</summary>
    private readonly record struct Totals(int Positives, int DevPositives);

    /// <summary>True and false positives, outside the dev set and in it.</summary>
    private readonly record struct Counts(int Tp, int Fp, int DevTp, int DevFp)
    {
        public static Counts operator +(Counts a, Counts b) => new(a.Tp + b.Tp, a.Fp + b.Fp, a.DevTp + b.DevTp, a.DevFp + b.DevFp);

        public static Counts Of(ScoredExample e) => e.DevSet
            ? new(0, 0, e.Gold ? 1 : 0, e.Gold ? 0 : 1)
            : new(e.Gold ? 1 : 0, e.Gold ? 0 : 1, 0, 0);

        public static Counts Of(IEnumerable<ScoredExample> examples) => examples.Aggregate(default(Counts), (c, e) => c + Of(e));
    }

    /// <summary>
    /// One candidate: precision and recall over every item (what the target is checked on), and on the dev set's items
    /// alone (what the dev floor is checked on).
    /// </summary>
    private sealed record Point(int TruePositives, double Precision, double Recall, double DevPrecision, double DevRecall, LabelMode Mode, double Threshold, double RulesThreshold)
    {
        public double F05 => Precision + Recall == 0 ? 0 : 1.25 * Precision * Recall / ((0.25 * Precision) + Recall);

        public static Point Of(Counts c, Totals totals, LabelMode mode, double threshold, double rulesThreshold = 0)
        {
            int tp = c.Tp + c.DevTp, fp = c.Fp + c.DevFp, positives = totals.Positives + totals.DevPositives;
            return new(tp, Ratio(tp, tp + fp, 1), Ratio(tp, positives, 0), Ratio(c.DevTp, c.DevTp + c.DevFp, 1), Ratio(c.DevTp, totals.DevPositives, 1), mode, threshold, rulesThreshold);
        }

        private static double Ratio(int a, int b, double empty) => b == 0 ? empty : (double)a / b;
    }
}

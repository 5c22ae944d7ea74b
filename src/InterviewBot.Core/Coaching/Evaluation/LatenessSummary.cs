namespace InterviewBot.Core.Coaching.Evaluation;

/// <summary>p50, p95 and max of how late must-nudges came (nearest-rank percentiles, in media time).</summary>
public sealed record LatenessSummary(int Count, TimeSpan P50, TimeSpan P95, TimeSpan Max)
{
    public static LatenessSummary Of(IEnumerable<TimeSpan> lateness)
    {
        ArgumentNullException.ThrowIfNull(lateness);
        var sorted = lateness.Order().ToArray();
        if (sorted.Length == 0) return new LatenessSummary(0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        return new LatenessSummary(sorted.Length, Rank(sorted, 0.50), Rank(sorted, 0.95), sorted[^1]);
    }

    private static TimeSpan Rank(TimeSpan[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

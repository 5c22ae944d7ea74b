namespace InterviewBot.Core.Coaching.Evaluation;

/// <summary>Checks the nudges of one replay against its expectations.</summary>
public static class ScenarioCheck
{
    /// <summary>How far from its expected time a nudge may land and still count.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(30);

    public static ScenarioResult Check(ScenarioExpectations expected, IReadOnlyList<Nudge> raised)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(raised);
        // A raised nudge that answers a must-nudge is claimed by it: a time-bound must-not nearby (within
        // the same ±30 s) is about a different utterance and must not count the wanted nudge against us.
        var claimed = new HashSet<Nudge>(ReferenceEqualityComparer.Instance);
        var missed = new List<ExpectedNudge>();
        foreach (var must in expected.MustNudge)
        {
            var match = raised.Where(n => Matches(must, n) && !claimed.Contains(n))
                .OrderBy(n => (n.At - must.Around.GetValueOrDefault(n.At)).Duration())
                .FirstOrDefault();
            if (match is null) missed.Add(must);
            else claimed.Add(match);
        }
        var unwanted = expected.MustNotNudge
            .SelectMany(m => raised.Where(n => Matches(m, n) && (m.Around is null || !claimed.Contains(n))).Select(n => new UnwantedNudge(m, n)))
            .ToList();
        return new ScenarioResult(expected.File, missed, unwanted, raised.Count);
    }

    private static bool Matches(ExpectedNudge expected, Nudge n) =>
        n.Kind == expected.Nudge && (expected.Around is not TimeSpan at || (n.At - at).Duration() <= Tolerance);
}

/// <summary>What one scenario missed and what it said that it should not have.</summary>
public sealed record ScenarioResult(string File, IReadOnlyList<ExpectedNudge> Missed, IReadOnlyList<UnwantedNudge> Unwanted, int NudgeCount)
{
    public bool Passed => Missed.Count == 0 && Unwanted.Count == 0;
}

/// <summary>A nudge that a must-not expectation forbids.</summary>
public sealed record UnwantedNudge(ExpectedNudge Rule, Nudge Raised);

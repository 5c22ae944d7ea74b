namespace InterviewBot.Core.Coaching.Evaluation;

/// <summary>Checks the nudges of one replay against its expectations, and how late each wanted one came.</summary>
public static class ScenarioCheck
{
    /// <summary>A nudge more than this long after its moment came too late to help (docs/coaching.md §2: fresh or never).</summary>
    public static readonly TimeSpan MaxLate = TimeSpan.FromSeconds(20);

    /// <summary>A nudge more than this long before its moment is about something else.</summary>
    public static readonly TimeSpan MaxEarly = TimeSpan.FromSeconds(10);

    public static ScenarioResult Check(ScenarioExpectations expected, IReadOnlyList<Nudge> raised)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(raised);
        // A raised nudge that answers a must-nudge is claimed by it: a time-bound must-not nearby is about a
        // different utterance and must not count the wanted nudge against us.
        var claimed = new HashSet<Nudge>(ReferenceEqualityComparer.Instance);
        var missed = new List<ExpectedNudge>();
        var met = new List<MetNudge>();
        foreach (var must in expected.MustNudge)
        {
            var match = raised.Where(n => Matches(must, n) && !claimed.Contains(n))
                .OrderBy(n => (n.At - must.Around.GetValueOrDefault(n.At)).Duration())
                .FirstOrDefault();
            if (match is null)
            {
                missed.Add(must);
                continue;
            }
            claimed.Add(match);
            met.Add(new MetNudge(must, match, must.Around is TimeSpan at ? match.At - at : null));
        }
        var unwanted = expected.MustNotNudge
            .SelectMany(m => raised.Where(n => Matches(m, n) && (m.Around is null || !claimed.Contains(n))).Select(n => new UnwantedNudge(m, n)))
            .ToList();
        return new ScenarioResult(expected.File, met, missed, unwanted, raised.Count);
    }

    /// <summary>The kind, and (when the expectation has a time) sent between <see cref="MaxEarly"/> before and <see cref="MaxLate"/> after it.</summary>
    private static bool Matches(ExpectedNudge expected, Nudge n) =>
        n.Kind == expected.Nudge && (expected.Around is not TimeSpan at || (n.At - at >= -MaxEarly && n.At - at <= MaxLate));
}

/// <summary>What one scenario met (with lateness), missed, and said that it should not have.</summary>
public sealed record ScenarioResult(string File, IReadOnlyList<MetNudge> Met, IReadOnlyList<ExpectedNudge> Missed, IReadOnlyList<UnwantedNudge> Unwanted, int NudgeCount)
{
    public bool Passed => Missed.Count == 0 && Unwanted.Count == 0;
}

/// <summary>A must-nudge and the nudge that answered it; <paramref name="Lateness"/> is sent time minus the expected moment (negative: early).</summary>
public sealed record MetNudge(ExpectedNudge Expected, Nudge Raised, TimeSpan? Lateness);

/// <summary>A nudge that a must-not expectation forbids.</summary>
public sealed record UnwantedNudge(ExpectedNudge Rule, Nudge Raised);

namespace InterviewBot.Core.Coaching.Evaluation;

/// <summary>What a good coach must and must not say on one recorded interview.</summary>
public sealed record ScenarioExpectations(
    string File,
    string? Interviewer,
    int? PlannedMinutes,
    IReadOnlyList<ExpectedNudge> MustNudge,
    IReadOnlyList<ExpectedNudge> MustNotNudge,
    IReadOnlyList<string> SnapshotMustInclude);

/// <summary>A nudge kind, optionally at a media time (sent from <see cref="ScenarioCheck.MaxEarly"/> before to <see cref="ScenarioCheck.MaxLate"/> after it); without a time it means anywhere.</summary>
public sealed record ExpectedNudge(string Nudge, TimeSpan? Around, string Why);

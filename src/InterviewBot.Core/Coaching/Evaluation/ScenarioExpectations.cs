namespace InterviewBot.Core.Coaching.Evaluation;

/// <summary>What a good coach must and must not say on one recorded interview.</summary>
public sealed record ScenarioExpectations(
    string File,
    string? Interviewer,
    int? PlannedMinutes,
    IReadOnlyList<ExpectedNudge> MustNudge,
    IReadOnlyList<ExpectedNudge> MustNotNudge,
    IReadOnlyList<string> SnapshotMustInclude);

/// <summary>A nudge kind, optionally near a media time (±<see cref="ScenarioCheck.Tolerance"/>); without a time it means anywhere.</summary>
public sealed record ExpectedNudge(string Nudge, TimeSpan? Around, string Why);

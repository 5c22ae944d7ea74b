namespace InterviewBot.Core.Sessions;

/// <summary>What the interviewer tells us before the call; every field is optional.</summary>
public sealed record SessionSetup(
    string? Goal = null,
    string? IntervieweeName = null,
    string? Company = null,
    int? PlannedMinutes = null,
    InterviewKind? Kind = null)
{
    public static SessionSetup Empty { get; } = new();

    public TimeSpan? PlannedLength => PlannedMinutes is int m ? TimeSpan.FromMinutes(m) : null;
}

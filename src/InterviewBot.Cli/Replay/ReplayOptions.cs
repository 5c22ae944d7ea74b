using InterviewBot.Core.Sessions;

namespace InterviewBot.Cli.Replay;

/// <summary>Everything <c>replay</c> was asked to do.</summary>
internal sealed record ReplayOptions(
    string File,
    string? Interviewer,
    SessionSetup Setup,
    string? OutDirectory,
    ReplaySpeed Speed,
    OutputFormat Format,
    bool ContentPack = false,
    IReadOnlyList<string>? Speakers = null,
    IReadOnlyList<string>? AudioTracks = null);

/// <summary>How fast media time runs against the wall clock; <see cref="Max"/> does not wait at all.</summary>
internal enum ReplaySpeed
{
    RealTime = 1,
    TenTimes = 10,
    Max = 0,
}

/// <summary>Human timeline or machine-readable JSON lines on standard output.</summary>
internal enum OutputFormat
{
    Text,
    Json,
}

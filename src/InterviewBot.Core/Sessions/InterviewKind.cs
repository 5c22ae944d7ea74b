using System.Text.Json.Serialization;

namespace InterviewBot.Core.Sessions;

/// <summary>What the interview is for (docs/coaching.md §5); it sets which structure tags coverage checks.</summary>
public enum InterviewKind
{
    [JsonStringEnumMemberName("discovery")] Discovery,
    [JsonStringEnumMemberName("case_study")] CaseStudy,
    [JsonStringEnumMemberName("validation")] Validation,
}

/// <summary>The stable ids of <see cref="InterviewKind"/> (docs/coaching.md §5), for commands, cards and files.</summary>
public static class InterviewKinds
{
    public static string Id(InterviewKind kind) => kind switch
    {
        InterviewKind.CaseStudy => "case_study",
        InterviewKind.Validation => "validation",
        _ => "discovery",
    };

    /// <summary>The kind with this id, or null for anything else.</summary>
    public static InterviewKind? Parse(string? id) => id switch
    {
        "case_study" => InterviewKind.CaseStudy,
        "validation" => InterviewKind.Validation,
        "discovery" => InterviewKind.Discovery,
        _ => null,
    };
}

using System.Text.Json.Serialization;

namespace InterviewBot.Core.Sessions;

/// <summary>What the interview is for (COACHING.md §5); it sets which structure tags coverage checks.</summary>
public enum InterviewKind
{
    [JsonStringEnumMemberName("discovery")] Discovery,
    [JsonStringEnumMemberName("case_study")] CaseStudy,
    [JsonStringEnumMemberName("validation")] Validation,
}

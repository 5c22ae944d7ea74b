using System.ComponentModel.DataAnnotations;

namespace InterviewBot.Teams.Graph;

/// <summary>Microsoft Graph after the call (configuration section <c>Graph</c>): the meeting transcript, the email draft.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    [Required]
    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    [Required]
    public string Scope { get; set; } = "https://graph.microsoft.com/.default";

    /// <summary>Off: meetings without live audio end without a summary instead of waiting for their transcript.</summary>
    public bool TranscriptFallback { get; set; } = true;

    /// <summary>How often Graph is asked whether the meeting's transcript has appeared (it takes minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan TranscriptPollEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>After this long without a transcript the interviewer is told there will be no summary.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan TranscriptGiveUpAfter { get; set; } = TimeSpan.FromMinutes(30);
}

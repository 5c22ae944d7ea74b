using System.ComponentModel.DataAnnotations;

namespace InterviewBot.Teams.Meetings;

/// <summary>How the Teams coach runs (configuration section <c>Coach</c>).</summary>
public sealed class CoachOptions
{
    public const string Section = "Coach";

    /// <summary>Where session journals and post-call artefacts are kept (one folder per session).</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>The server's public address, for report links in the summary card (none: the card says where the files are).</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Key for report links (base64, 32 bytes or more); without one a random key is made at start and old links stop working on restart.</summary>
    public string? ReportLinkKey { get; set; }

    /// <summary>How much faster than real time <c>demo</c> replays its sample interview.</summary>
    [Range(1, 10_000)]
    public double DemoSpeed { get; set; } = 20;

    /// <summary>The status card is refreshed at most this often in media time (and after every nudge).</summary>
    public TimeSpan StatusEvery { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Also show each nudge as a targeted in-meeting notification to the interviewer (the tenant must allow it).</summary>
    public bool InMeetingNotifications { get; set; }

    /// <summary>The page the in-meeting notification opens (default: the server's own <c>/teams/stage</c>).</summary>
    public Uri? InMeetingNotificationPage { get; set; }
}

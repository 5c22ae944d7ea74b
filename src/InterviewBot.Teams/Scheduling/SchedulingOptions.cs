using System.ComponentModel.DataAnnotations;

namespace InterviewBot.Teams.Scheduling;

/// <summary>Joining scheduled meetings by itself (configuration section <c>Coach:Schedule</c>).</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Coach:Schedule";

    /// <summary>How long before the scheduled start the media door is sent in.</summary>
    public TimeSpan JoinLead { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long before the start the meeting's details are read again (moved or cancelled meetings).</summary>
    public TimeSpan RecheckBefore { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often due joins are looked for.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan PollEvery { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A join not sent by this long after the start (the server was down) is given up, not sent late.</summary>
    public TimeSpan LatestJoinAfterStart { get; set; } = TimeSpan.FromMinutes(30);
}

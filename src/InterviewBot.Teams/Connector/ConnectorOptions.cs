using System.ComponentModel.DataAnnotations;

namespace InterviewBot.Teams.Connector;

/// <summary>Timeouts and retries of outbound connector calls (configuration section <c>Bot:Connector</c>).</summary>
public sealed class ConnectorOptions
{
    public const string Section = "Bot:Connector";

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
}

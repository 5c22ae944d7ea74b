using System.Globalization;
using InterviewBot.Media.Live;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InterviewBot.Server;

/// <summary>
/// <c>media-back-pressure</c> on <c>/readyz</c>: degraded for a minute after a session fell so far behind that its
/// oldest held audio was dropped (<c>Media:HeldAudio</c>). Degraded, not unhealthy: the other sessions still coach,
/// but this replica should take no more.
/// </summary>
internal sealed class MediaBackPressureCheck(MediaMetrics metrics) : IHealthCheck
{
    private static readonly TimeSpan s_remembered = TimeSpan.FromMinutes(1);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (metrics.SinceLastDrop is not { } since || since > s_remembered) return Task.FromResult(HealthCheckResult.Healthy());
        var data = new Dictionary<string, object> { ["dropped_frames"] = metrics.DroppedFrames, ["seconds_since_last_drop"] = Math.Round(since.TotalSeconds, 1) };
        return Task.FromResult(HealthCheckResult.Degraded(string.Create(CultureInfo.InvariantCulture,
            $"live audio fell behind: {metrics.DroppedFrames} frames of held audio dropped, the last {since.TotalSeconds:0} s ago"), data: data));
    }
}

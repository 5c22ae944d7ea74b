using System.Globalization;
using InterviewBot.Azure.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InterviewBot.Server;

/// <summary>
/// Sessions whose journal waits in memory for storage (degraded) or is incomplete (a storage outage outlasted the
/// buffer): listed on <c>/readyz</c>. Degraded, not unhealthy: the replica still coaches.
/// </summary>
internal sealed class JournalHealthCheck(BufferedSessionJournal journal) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var unhealthy = journal.Unhealthy();
        if (unhealthy.Count == 0) return Task.FromResult(HealthCheckResult.Healthy());
        var data = unhealthy.ToDictionary(u => u.Key, u => (object)(u.Value.State == JournalState.Incomplete
            ? $"incomplete from {u.Value.IncompleteFrom?.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s"
            : $"{u.Value.Buffered} events buffered"));
        var incomplete = unhealthy.Count(u => u.Value.State == JournalState.Incomplete);
        return Task.FromResult(HealthCheckResult.Degraded($"{unhealthy.Count} session journals not stored ({incomplete} incomplete)", data: data));
    }
}

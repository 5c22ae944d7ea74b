using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InterviewBot.Server;

/// <summary>
/// Readiness: each configured cloud service (Speech, the LLM) answers at all — any HTTP status counts, since this
/// checks the network path and DNS, not credentials — within three seconds. Nothing configured: healthy.
/// </summary>
internal sealed class CloudServicesCheck(IConfiguration configuration, IHttpClientFactory clients) : IHealthCheck
{
    private static readonly string[] s_endpoints = ["Speech:Endpoint", "PostCall:Llm:Endpoint"];

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var http = clients.CreateClient(nameof(CloudServicesCheck));
        http.Timeout = TimeSpan.FromSeconds(3);
        var unreachable = new List<string>();
        foreach (var key in s_endpoints)
        {
            if (!Uri.TryCreate(configuration[key], UriKind.Absolute, out var endpoint)) continue;
            try
            {
                using var response = await http.GetAsync(endpoint, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                unreachable.Add($"{key} ({endpoint.Host}): {ex.Message}");
            }
        }
        return unreachable.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("unreachable: " + string.Join("; ", unreachable));
    }
}

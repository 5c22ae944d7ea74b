using InterviewBot.Cluster;
using Azure.Monitor.OpenTelemetry.AspNetCore;
using InterviewBot.Core.Diagnostics;
using InterviewBot.Teams.Meetings;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace InterviewBot.Server;

/// <summary>
/// OpenTelemetry for the server: ASP.NET Core and HttpClient traces and metrics plus the product's own
/// (<see cref="CoachTelemetry"/>), and logs. Exported to Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>
/// (or <c>AzureMonitor:ConnectionString</c>) is set, over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is, else nowhere.
/// </summary>
internal static class Observability
{
    public static void Add(WebApplicationBuilder builder)
    {
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("interviewbot-server"))
            // Orleans' sources and meters cost nothing when no silo runs (Cluster:Mode none).
            .WithTracing(t => t.AddSource(CoachTelemetry.Name).AddSource(SessionCluster.TelemetrySources).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(m => m.AddMeter(CoachTelemetry.Name).AddMeter(SessionCluster.TelemetryMeters).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        builder.Logging.AddOpenTelemetry(o => o.IncludeFormattedMessage = true);

        var azureMonitor = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"] ?? builder.Configuration["AzureMonitor:ConnectionString"];
        if (!string.IsNullOrEmpty(azureMonitor)) otel.UseAzureMonitor(o => o.ConnectionString = azureMonitor);
        else if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) otel.UseOtlpExporter();

        // /healthz says the process is alive; /readyz that it can do its work: its data directory is writable and the
        // cloud services it is configured to use can be reached.
        builder.Services.AddHealthChecks()
            .AddCheck<DataDirectoryCheck>("data-directory", tags: ["ready"])
            .AddCheck<CloudServicesCheck>("cloud-services", tags: ["ready"]);
    }

    /// <summary>Journals and artefacts must be writable, or no session can start safely.</summary>
    private sealed class DataDirectoryCheck(IOptions<CoachOptions> options) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var dir = Path.GetFullPath(options.Value.DataDirectory);
                Directory.CreateDirectory(dir);
                var probe = Path.Combine(dir, $".ready-{Guid.NewGuid():N}");
                await File.WriteAllTextAsync(probe, "ok", cancellationToken).ConfigureAwait(false);
                File.Delete(probe);
                return HealthCheckResult.Healthy();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return HealthCheckResult.Unhealthy($"the data directory is not writable: {ex.Message}");
            }
        }
    }
}

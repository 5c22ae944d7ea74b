using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace InterviewBot.Server;

/// <summary><c>/healthz</c>: the process answers (liveness); <c>/readyz</c>: the checks tagged ready pass (storage, journal, cloud services).</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        return app;
    }
}

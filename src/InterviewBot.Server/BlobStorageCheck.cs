using Azure;
using Azure.Storage.Blobs;
using InterviewBot.Azure.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace InterviewBot.Server;

/// <summary>Readiness with blob storage: the journal container answers (reachable, and the identity may use it).</summary>
internal sealed class BlobStorageCheck(BlobServiceClient client, IOptions<BlobStorageOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await client.GetBlobContainerClient(options.Value.JournalContainer).GetPropertiesAsync(cancellationToken: timeout.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is RequestFailedException or OperationCanceledException or AggregateException)
        {
            return HealthCheckResult.Unhealthy($"blob storage is not usable: {ex.Message}");
        }
    }
}

using InterviewBot.Azure.Storage;

namespace InterviewBot.Server;

/// <summary>With blob storage configured, the journal and artefact containers exist before the first session starts.</summary>
internal sealed class BlobContainersAtStart(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => BlobStorageServiceCollectionExtensions.EnsureContainersAsync(services, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

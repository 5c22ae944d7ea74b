using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using InterviewBot.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewBot.Azure.Storage;

/// <summary>With <c>Storage:Kind=blob</c>, journals and artefacts go to Azure Blob storage instead of the local folder.</summary>
public static class BlobStorageServiceCollectionExtensions
{
    /// <summary>Registers the blob journal and artefact store (replacing local ones registered before) when configured; true if it did.</summary>
    public static bool AddBlobSessionStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BlobStorageOptions>().Bind(configuration.GetSection(BlobStorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        if (configuration[$"{BlobStorageOptions.Section}:Kind"] != "blob") return false;
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<BlobStorageOptions>>().Value;
            var clientOptions = new BlobClientOptions
            {
                Retry = { MaxRetries = o.MaxRetries, Mode = RetryMode.Exponential, Delay = TimeSpan.FromMilliseconds(200), NetworkTimeout = o.NetworkTimeout },
            };
            return string.IsNullOrEmpty(o.ConnectionString)
                ? new BlobServiceClient(o.BlobEndpoint, new DefaultAzureCredential(), clientOptions)
                : new BlobServiceClient(o.ConnectionString, clientOptions);
        });
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<BlobStorageOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            return new BufferedSessionJournal(new BlobSessionJournal(sp.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(o.JournalContainer), o.AppendBatchWindow, time),
                o.JournalBufferLimit, time, sp.GetRequiredService<ILogger<BufferedSessionJournal>>());
        });
        services.AddSingleton<ISessionJournal>(sp => sp.GetRequiredService<BufferedSessionJournal>());
        services.AddSingleton<IArtifactStore>(sp =>
            new BlobArtifactStore(sp.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(sp.GetRequiredService<IOptions<BlobStorageOptions>>().Value.ArtifactContainer)));
        return true;
    }

    /// <summary>Creates the journal and artefact containers if they are missing (at start, before any session).</summary>
    public static async Task EnsureContainersAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var o = services.GetRequiredService<IOptions<BlobStorageOptions>>().Value;
        var client = services.GetRequiredService<BlobServiceClient>();
        await client.GetBlobContainerClient(o.JournalContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await client.GetBlobContainerClient(o.ArtifactContainer).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}

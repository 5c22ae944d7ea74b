using Azure.Storage.Blobs;
using InterviewBot.Tests.Shared;

namespace InterviewBot.Azure.Tests.Storage;

/// <summary>Azurite for as long as a test class (or test) lives: see <see cref="AzuriteProcess"/>.</summary>
public sealed class Azurite : IAsyncLifetime
{
    private AzuriteProcess? _process;

    public string ConnectionString => _process!.ConnectionString;

    public BlobServiceClient Client => new(ConnectionString);

    public async Task InitializeAsync() => _process = await AzuriteProcess.StartNewAsync();

    /// <summary>Storage goes down (its ports refuse connections) until <see cref="StartAsync"/>.</summary>
    public Task StopAsync() => _process!.StopAsync();

    /// <summary>Starts it again on the same ports and data.</summary>
    public Task StartAsync() => _process!.StartAsync();

    public async Task DisposeAsync()
    {
        if (_process is not null) await _process.DisposeAsync();
    }
}

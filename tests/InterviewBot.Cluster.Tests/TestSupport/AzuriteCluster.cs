using Azure.Data.Tables;
using Azure.Storage.Blobs;
using InterviewBot.Azure.Storage;
using InterviewBot.Azure.Tests.Storage;
using InterviewBot.Cluster.Sessions;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.ContentPack;
using InterviewBot.Core.Ports;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.Sessions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.TestingHost;

namespace InterviewBot.Cluster.Tests.TestSupport;

/// <summary>
/// A TestingHost cluster of three silos whose membership, grain state, reminders, journals and artefacts all live in
/// Azurite — the production providers, not in-memory test ones — and a directory through it, as a media node has.
/// </summary>
public sealed class AzuriteCluster : IAsyncLifetime
{
    private const string ConnectionKey = "Azurite";

    public Azurite Azurite { get; } = new();

    public TestCluster Cluster { get; private set; } = null!;

    public BlobContainerClient Journals => Azurite.Client.GetBlobContainerClient("journals");

    public BlobContainerClient Artifacts => Azurite.Client.GetBlobContainerClient("artifacts");

    /// <summary>A media node's view of the cluster: the directory and its journal over the cluster client.</summary>
    public ClusterSessionDirectory Directory() =>
        new(Cluster.GrainFactory, new GrainSessionJournal(Cluster.GrainFactory, TimeProvider.System, NullLogger<GrainSessionJournal>.Instance));

    public async Task InitializeAsync()
    {
        await Azurite.InitializeAsync();
        await Journals.CreateAsync();
        await Artifacts.CreateAsync();
        var builder = new TestClusterBuilder(3);
        builder.Options.UseTestClusterMembership = false;
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?> { [ConnectionKey] = Azurite.ConnectionString }));
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await Azurite.DisposeAsync();
    }

    /// <summary>The silo a session's grain runs on now.</summary>
    public async Task<SiloHandle> HostOfAsync(string sessionId)
    {
        var host = await Cluster.GrainFactory.GetGrain<ISessionGrain>(sessionId).HostAsync();
        return Cluster.Silos.Single(s => s.SiloAddress.ToString() == host || s.SiloAddress.ToParsableString() == host || s.Name == host);
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var connection = siloBuilder.Configuration[ConnectionKey]!;
            SessionCluster.UseAzureStorage(siloBuilder, new TableServiceClient(connection));
            siloBuilder.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
            var blobs = new BlobServiceClient(connection);
            var services = siloBuilder.Services;
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<ISessionJournal>(sp => new BlobSessionJournal(blobs.GetBlobContainerClient("journals"), TimeSpan.Zero, TimeProvider.System));
            services.AddSingleton<IArtifactStore>(new BlobArtifactStore(blobs.GetBlobContainerClient("artifacts")));
            services.AddSingleton<IPostCallWriter>(new FaultyPostCallWriter(new EmbeddedPostCallWriter(CoachFactory.Classifier)));
            services.AddSingleton<IContentPackWriter>(new EmbeddedContentPackWriter(CoachFactory.Classifier));
            services.AddOptions<PostCallRetryOptions>().Configure(o => (o.MaxAttempts, o.FirstRetryDelay) = (FaultyPostCallWriter.MaxAttempts, TimeSpan.FromSeconds(1)));
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.UseAzureStorageClustering(o => o.TableServiceClient = new TableServiceClient(configuration[ConnectionKey]));
    }
}

/// <summary>The embedded writer, failing for sessions a test names (the silos are in this process, so a static switch reaches them).</summary>
public sealed class FaultyPostCallWriter(IPostCallWriter inner) : IPostCallWriter
{
    public const int MaxAttempts = 3;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> s_failures = new(StringComparer.Ordinal);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> s_calls = new(StringComparer.Ordinal);

    /// <summary>Makes the next <paramref name="times"/> post-calls of <paramref name="sessionId"/> fail.</summary>
    public static void FailNext(string sessionId, int times) => s_failures[sessionId] = times;

    public static int Calls(string sessionId) => s_calls.GetValueOrDefault(sessionId);

    public Task<PostCallReport> WriteAsync(ISessionView session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        s_calls.AddOrUpdate(session.Id, 1, (_, n) => n + 1);
        if (s_failures.TryGetValue(session.Id, out var left) && left > 0)
        {
            s_failures[session.Id] = left - 1;
            throw new HttpRequestException("the language model is unavailable");
        }
        return inner.WriteAsync(session, cancellationToken);
    }
}

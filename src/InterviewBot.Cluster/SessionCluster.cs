using System.ComponentModel.DataAnnotations;
using System.Net;
using Azure.Data.Tables;
using Azure.Identity;
using InterviewBot.Cluster.Hosting;
using InterviewBot.Cluster.Sessions;
using InterviewBot.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace InterviewBot.Cluster;

/// <summary>Co-hosts an Orleans silo in the server and routes sessions through session grains, when <c>Cluster:Mode</c> asks for it.</summary>
public static class SessionCluster
{
    /// <summary>The grain storage provider holding session grains' state.</summary>
    public const string GrainStorage = "sessions";

    /// <summary>Orleans' own meters and activity sources, for the host's telemetry.</summary>
    public static readonly string[] TelemetryMeters = ["Microsoft.Orleans"];

    public static readonly string[] TelemetrySources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    /// <summary>Adds the silo and the cluster directory when configured; true if it did (the one-machine directory stays otherwise).</summary>
    public static bool AddSessionCluster(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SessionClusterOptions>().Bind(builder.Configuration.GetSection(SessionClusterOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(SessionClusterOptions.Section).Get<SessionClusterOptions>() ?? new SessionClusterOptions();
        // The silo is configured from these now, so they are checked now, with the same messages as at start.
        var failures = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), failures, validateAllProperties: true))
            throw new OptionsValidationException(SessionClusterOptions.Section, typeof(SessionClusterOptions), failures.Select(f => f.ErrorMessage ?? "invalid"));
        if (options.Mode is not ("localhost" or "azure")) return false;
        builder.UseOrleans(silo => ConfigureSilo(silo, options));
        AddDirectory(builder.Services);
        return true;
    }

    /// <summary>The session directory through grains, for a host that has a silo or a cluster client.</summary>
    public static IServiceCollection AddDirectory(IServiceCollection services)
    {
        services.AddSingleton<GrainSessionJournal>();
        services.AddSingleton<ISessionDirectory, ClusterSessionDirectory>();
        return services;
    }

    /// <summary>What every silo of ours needs: identity, endpoints, grain state, reminders, membership (also used by tests' silos).</summary>
    public static void ConfigureSilo(ISiloBuilder silo, SessionClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);
        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (options.ClusterId, options.ServiceId));
        silo.AddActivityPropagation();
        if (options.Mode == "localhost")
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort);
            silo.AddMemoryGrainStorage(GrainStorage);
            silo.UseInMemoryReminderService();
            return;
        }
        // In a container the replica's own address (its host name resolves to it); on one machine, loopback given explicitly.
        if (options.AdvertisedAddress is null)
            silo.ConfigureEndpoints(Dns.GetHostName(), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
        else
            silo.ConfigureEndpoints(IPAddress.Parse(options.AdvertisedAddress), options.SiloPort, options.GatewayPort);
        UseAzureStorage(silo, Tables(options));
    }

    /// <summary>Membership, session grain state and reminders in Azure Table storage.</summary>
    public static void UseAzureStorage(ISiloBuilder silo, TableServiceClient tables)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.UseAzureStorageClustering(o => o.TableServiceClient = tables);
        silo.AddAzureTableGrainStorage(GrainStorage, o => o.TableServiceClient = tables);
        silo.UseAzureTableReminderService(o => o.TableServiceClient = tables);
    }

    private static TableServiceClient Tables(SessionClusterOptions options) =>
        string.IsNullOrEmpty(options.ConnectionString)
            ? new TableServiceClient(options.TableEndpoint, new DefaultAzureCredential())
            : new TableServiceClient(options.ConnectionString);
}

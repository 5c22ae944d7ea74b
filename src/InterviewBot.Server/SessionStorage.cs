using InterviewBot.Azure.Storage;
using InterviewBot.Cluster;
using InterviewBot.Core.Ports;
using InterviewBot.Core.PostCall;
using InterviewBot.Local.Artifacts;
using InterviewBot.Local.Journal;
using InterviewBot.Local.Sessions;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InterviewBot.Server;

/// <summary>
/// Where sessions are kept, chosen once by configuration: journals and artefacts in blob storage (<c>Storage:Kind=blob</c>)
/// or in <c>Coach:DataDirectory</c>; sessions owned by grains across servers (<c>Cluster:Mode</c>) or by this one machine.
/// </summary>
internal static class SessionStorage
{
    /// <summary>
    /// Registers the journal, the artefact store, the session directory and the schedule store. Anything already
    /// registered for these (a test's own journal) is kept: each is added only when missing.
    /// </summary>
    public static WebApplicationBuilder AddSessionStorage(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PostCallRetryOptions>().Bind(builder.Configuration.GetSection(PostCallRetryOptions.Section));
        if (services.AddBlobSessionStorage(builder.Configuration))
        {
            services.AddHostedService<BlobContainersAtStart>();
            services.AddHealthChecks().AddCheck<BlobStorageCheck>("blob-storage", tags: ["ready"]).AddCheck<JournalHealthCheck>("journal", tags: ["ready"]);
        }
        // Clustered, sessions are owned by grains and the schedule of joins is one shared document.
        if (builder.AddSessionCluster()) services.TryAddSingleton<IScheduleStore, ClusterScheduleStore>();
        services.TryAddSingleton<ISessionJournal>(sp => new LocalFileJournal(new LocalJournalOptions { Directory = Folder(sp, "journals") }));
        services.TryAddSingleton<IArtifactStore>(sp => new LocalArtifactStore(Folder(sp, "artifacts")));
        services.TryAddSingleton<ISessionDirectory>(sp => new LocalSessionDirectory(sp.GetRequiredService<ISessionJournal>(), sp.GetRequiredService<IPostCallWriter>(),
            sp.GetRequiredService<IContentPackWriter>(), sp.GetRequiredService<IArtifactStore>(), sp.GetRequiredService<IOptions<PostCallRetryOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(), (id, ex) => sp.GetRequiredService<ILoggerFactory>().CreateLogger("InterviewBot.PostCall").PostCallAttemptFailed(id, ex)));
        services.TryAddSingleton<IScheduleStore>(sp => new FileScheduleStore(Path.Combine(sp.GetRequiredService<IOptions<CoachOptions>>().Value.DataDirectory, "schedule.json")));
        return builder;
    }

    /// <summary><c>{Coach:DataDirectory}/{name}</c>, created if missing.</summary>
    private static string Folder(IServiceProvider services, string name)
    {
        var dir = Path.Combine(services.GetRequiredService<IOptions<CoachOptions>>().Value.DataDirectory, name);
        Directory.CreateDirectory(dir);
        return dir;
    }
}

using InterviewBot.Azure.PostCall;
using InterviewBot.Core.Ports;
using InterviewBot.Core.PostCall;
using InterviewBot.Local.Artifacts;
using InterviewBot.Local.Journal;
using InterviewBot.Local.Sessions;
using InterviewBot.Media;
using InterviewBot.Teams.MediaDoors;
using InterviewBot.Teams.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Teams.Tests.TestSupport;

/// <summary>
/// The Teams channel wired as the server wires it (its one-machine storage in the data directory, as the
/// server's <c>AddSessionStorage</c> does without blob or cluster settings), pointed at loopback counterparts.
/// </summary>
internal static class TeamsServices
{
    public static ServiceProvider Build(RecordingConnector connector, string dataDirectory, IDictionary<string, string?>? overrides = null, TimeProvider? time = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = TokenIssuer.AppId,
            ["Bot:AppPassword"] = "test-secret",
            ["Bot:TokenEndpoint"] = connector.TokenEndpoint.ToString(),
            ["Bot:Connector:RetryBaseDelay"] = "00:00:00.010",
            ["Bot:Connector:AttemptTimeout"] = "00:00:02",
            ["Coach:DataDirectory"] = dataDirectory,
            ["Coach:DemoSpeed"] = "10000",
            ["Coach:PublicBaseUrl"] = "https://coach.example.com/",
            // Tests that want the transcript after the call switch it on and point Graph at their stand-in.
            ["Graph:TranscriptFallback"] = "false",
        };
        foreach (var (k, v) in overrides ?? new Dictionary<string, string?>()) settings[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<ISessionJournal>(new LocalFileJournal(new LocalJournalOptions { Directory = Directory.CreateDirectory(Path.Combine(dataDirectory, "journals")).FullName }));
        services.AddSingleton<IArtifactStore>(new LocalArtifactStore(Path.Combine(dataDirectory, "artifacts")));
        services.AddSingleton<ISessionDirectory>(sp => new LocalSessionDirectory(sp.GetRequiredService<ISessionJournal>(), sp.GetRequiredService<IPostCallWriter>(),
            sp.GetRequiredService<IContentPackWriter>(), sp.GetRequiredService<IArtifactStore>(), new PostCallRetryOptions(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IScheduleStore>(new FileScheduleStore(Path.Combine(dataDirectory, "schedule.json")));
        services.AddPostCallWriter(configuration);
        services.AddLiveSessions(configuration);
        services.AddTeamsCoach(configuration);
        services.AddMediaDoors(configuration);
        if (time is not null) services.AddSingleton(time);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}

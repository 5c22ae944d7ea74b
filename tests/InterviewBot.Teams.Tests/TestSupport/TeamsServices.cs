using InterviewBot.Azure.PostCall;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Teams.Tests.TestSupport;

/// <summary>The Teams channel wired exactly as the server wires it, pointed at loopback counterparts.</summary>
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
        services.AddTeamsCoach(configuration);
        services.AddPostCallWriter(configuration);
        if (time is not null) services.AddSingleton(time);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}

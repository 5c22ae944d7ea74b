using InterviewBot.Azure.PostCall;
using InterviewBot.Azure.Speech;
using InterviewBot.Cli.Output;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Cli;

/// <summary>
/// The CLI's composition root: configuration from appsettings.json, user secrets and
/// <c>InterviewBot__*</c> environment variables; logs to the CLI's error writer; the post-call writer it selects.
/// </summary>
internal static class CliServices
{
    public static ServiceProvider Build(TextWriter log, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddUserSecrets(typeof(CliServices).Assembly, optional: true)
            .AddEnvironmentVariables(prefix: "InterviewBot__")
            .AddInMemoryCollection(overrides ?? [])
            .Build();
        var services = new ServiceCollection();
        // A recognizer only when one is configured: without it, audio gives timing coaching only.
        if (configuration["Speech:Endpoint"] is { Length: > 0 }) services.AddSpeechRecognizer(configuration);
        return services
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(b => b
                .AddConfiguration(configuration.GetSection("Logging"))
                .AddProvider(new TextWriterLoggerProvider(log)))
            .AddPostCallWriter(configuration)
            .BuildServiceProvider();
    }
}

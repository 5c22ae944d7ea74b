using InterviewBot.Azure.PostCall;
using InterviewBot.Azure.Speech;
using InterviewBot.Cli.Output;
using InterviewBot.Core.Coaching.Policy;
using InterviewBot.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewBot.Cli;

/// <summary>
/// The CLI's composition root: configuration from appsettings.json next to the CLI, an optional <c>--config</c> file,
/// user secrets and <c>InterviewBot__*</c> environment variables; logs to the CLI's error writer; the post-call writer
/// it selects; the fresh-or-never nudge policy from <c>Coach:Nudges</c>, bound and checked as the server does.
/// </summary>
internal static class CliServices
{
    public static ServiceProvider Build(TextWriter log, IEnumerable<KeyValuePair<string, string?>>? overrides = null, string? configFile = null)
    {
        var builder = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        if (configFile is not null) builder.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        IConfiguration configuration;
        try
        {
            configuration = builder
                .AddUserSecrets(typeof(CliServices).Assembly, optional: true)
                .AddEnvironmentVariables(prefix: "InterviewBot__")
                .AddInMemoryCollection(overrides ?? [])
                .Build();
        }
        catch (InvalidDataException ex)
        {
            // A settings file that is not JSON: a configuration error the user fixes, not a crash.
            throw new OptionsValidationException(configFile ?? "appsettings.json", typeof(IConfiguration), [ex.InnerException?.Message ?? ex.Message]);
        }
        var services = new ServiceCollection();
        // A recognizer only when one is configured: without it, audio gives timing coaching only.
        if (configuration["Speech:Endpoint"] is { Length: > 0 }) services.AddSpeechRecognizer(configuration);
        services.AddOptions<NudgePolicyOptions>().Bind(configuration.GetSection(NudgePolicyOptions.Section));
        services.AddSingleton<IValidateOptions<NudgePolicyOptions>, NudgePolicyValidation>();
        return services
            .AddSingleton(configuration)
            .AddLogging(b => b
                .AddConfiguration(configuration.GetSection("Logging"))
                .AddProvider(new TextWriterLoggerProvider(log)))
            .AddPostCallWriter(configuration)
            .BuildServiceProvider();
    }

    /// <summary>The post-call writers (and recognizer) configured.</summary>
    public static PostCallWriters PostCall(IServiceProvider services) =>
        new(services.GetRequiredService<IPostCallWriter>(), services.GetRequiredService<IContentPackWriter>(), services.GetService<ISpeechRecognizer>());

    /// <summary><c>Coach:Nudges</c>; a value that is no time, or out of its range, is a configuration error naming the key.</summary>
    public static NudgePolicyOptions NudgePolicy(IServiceProvider services)
    {
        try
        {
            return services.GetRequiredService<IOptions<NudgePolicyOptions>>().Value;
        }
        catch (InvalidOperationException ex)
        {
            // The binder's message names the key and the value it could not convert.
            throw new OptionsValidationException(NudgePolicyOptions.Section, typeof(NudgePolicyOptions), [ex.Message]);
        }
    }

    /// <summary>Each option within the range docs/coaching.md §2 allows (<see cref="NudgePolicyOptions.Problems"/>).</summary>
    private sealed class NudgePolicyValidation : IValidateOptions<NudgePolicyOptions>
    {
        public ValidateOptionsResult Validate(string? name, NudgePolicyOptions options) =>
            options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}

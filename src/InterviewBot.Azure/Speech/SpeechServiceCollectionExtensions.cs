using InterviewBot.Core.Ports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace InterviewBot.Azure.Speech;

/// <summary>Registers the configured speech recognizer with timeouts, retries that honour Retry-After, and a circuit breaker.</summary>
public static class SpeechServiceCollectionExtensions
{
    public const string HttpClientName = "InterviewBot.Speech";

    public static IServiceCollection AddSpeechRecognizer(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SpeechRecognizerOptions>().Bind(configuration.GetSection(SpeechRecognizerOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddResilienceHandler("speech", (builder, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<SpeechRecognizerOptions>>().Value;
                // A service that keeps failing is left alone for a while instead of being hammered by every segment.
                OutboundResilience.AddTimeoutsAndRetries(builder, o.TotalTimeout, o.AttemptTimeout, o.MaxRetries, o.RetryBaseDelay, new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.5,
                    MinimumThroughput = 8,
                    SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, o.AttemptTimeout.TotalSeconds * 2)),
                    BreakDuration = TimeSpan.FromSeconds(15),
                });
            });
        services.AddSingleton<ISpeechRecognizer>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<SpeechRecognizerOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            return o.Provider == "openai" ? new OpenAiTranscriptionRecognizer(http, o) : new AzureSpeechRecognizer(http, o);
        });
        return services;
    }
}

using InterviewBot.Media.Gateways;
using InterviewBot.Media.Ingest;
using InterviewBot.Media.Live;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Media;

/// <summary>Registers the session host: live sessions, their sinks, media tokens, metrics, and the meeting-bot gateway client.</summary>
public static class LiveSessionsServiceCollectionExtensions
{
    /// <summary>Options <c>Media</c> and <c>Media:Gateway</c>; the host needs a session directory (<c>AddSessionStorage</c>).</summary>
    public static IServiceCollection AddLiveSessions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MediaOptions>().Bind(configuration.GetSection(MediaOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MeetingBotOptions>().Bind(configuration.GetSection(MeetingBotOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MediaTokens>();
        services.AddSingleton<SessionSinks>();
        services.AddSingleton<MediaMetrics>();
        services.AddSingleton<MediaSessions>();
        // Not retried (a repeated create puts two bots in the meeting); a plain timeout bounds it.
        services.AddHttpClient<MeetingBots>(http => http.Timeout = TimeSpan.FromSeconds(30));
        return services;
    }
}

using InterviewBot.Media.Live;
using InterviewBot.Zoom.Chat;
using InterviewBot.Zoom.Rtms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewBot.Zoom;

/// <summary>Registers the Zoom adapter: the REST API (users, Team Chat), the RTMS client and the streams it follows.</summary>
public static class ZoomServiceCollectionExtensions
{
    /// <summary>Options <c>Zoom</c>; the streams need the session host (<c>AddLiveSessions</c>).</summary>
    public static IServiceCollection AddZoom(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ZoomOptions>().Bind(configuration.GetSection(ZoomOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        // One client for the app: it keeps the app's API token between calls.
        services.AddHttpClient(nameof(ZoomApi));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ZoomApi>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ZoomApi))));
        services.AddSingleton<ISinkFactory, ZoomChatSinks>();   // the host's Team Chat, rebuilt on any server
        services.AddSingleton<RtmsClient>();
        services.AddSingleton<ZoomStreams>();
        return services;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterviewBot.Teams.MediaDoors;

/// <summary>Registers the one media door <c>Coach:MediaDoor</c> names, chosen once at start.</summary>
public static class MediaDoorsServiceCollectionExtensions
{
    /// <summary>
    /// <c>none</c> (default), <c>gateway</c> or <c>graph</c>; anything else stops the host at start. The audio doors
    /// need the session host (<c>AddLiveSessions</c>); graph also the calling services of <c>AddTeamsCoach</c>.
    /// </summary>
    public static IServiceCollection AddMediaDoors(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        switch (Parse(configuration["Coach:MediaDoor"]))
        {
            case MediaDoorKind.Gateway:
                services.AddSingleton<AudioSessions>();
                services.AddSingleton<IMediaDoor, GatewayDoor>();
                break;
            case MediaDoorKind.Graph:
                services.AddSingleton<AudioSessions>();
                services.AddSingleton<IMediaDoor, GraphCallingDoor>();
                break;
            default:
                services.AddSingleton<IMediaDoor, NoMediaDoor>();
                break;
        }
        return services;
    }

    /// <summary>The door a configuration value names (case does not matter; none when unset).</summary>
    public static MediaDoorKind Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "none" => MediaDoorKind.None,
        "gateway" => MediaDoorKind.Gateway,
        "graph" => MediaDoorKind.Graph,
        _ => throw new OptionsValidationException("Coach:MediaDoor", typeof(MediaDoorKind), [$"Coach:MediaDoor must be none, gateway or graph (it is '{value}')"]),
    };
}

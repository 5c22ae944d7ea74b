using System.Net;
using InterviewBot.Core.Ports;
using InterviewBot.Local.Artifacts;
using InterviewBot.Local.Journal;
using InterviewBot.Local.Sessions;
using InterviewBot.Core.PostCall;
using Microsoft.Extensions.Logging;
using InterviewBot.Teams.Auth;
using InterviewBot.Teams.Calling;
using InterviewBot.Teams.Connector;
using InterviewBot.Teams.Meetings;
using InterviewBot.Teams.Graph;
using InterviewBot.Teams.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace InterviewBot.Teams;

/// <summary>Registers the Teams channel: inbound token validation, the connector client and the meeting coach.</summary>
public static class TeamsServiceCollectionExtensions
{
    public static IServiceCollection AddTeamsCoach(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CoachOptions>().Bind(configuration.GetSection(CoachOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);

        // OpenID metadata and signing keys: small documents, fetched rarely, so a plain timeout is enough.
        services.AddHttpClient(nameof(BotTokenValidator), http => http.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<BotTokenValidator>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(BotTokenValidator))));
        services.AddHttpClient(nameof(ConnectorTokenProvider), http => http.Timeout = Timeout.InfiniteTimeSpan).AddResilienceHandler("token", Resilience);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ConnectorTokenProvider>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ConnectorTokenProvider))));
        services.AddHttpClient<ConnectorClient>(http => http.Timeout = Timeout.InfiniteTimeSpan).AddResilienceHandler("connector", Resilience);

        services.AddSingleton<MeetingRegistry>();
        services.AddSingleton<InterviewerChannel>();
        services.AddSingleton<PostCallPublisher>();
        services.AddSingleton<ReportLinks>();
        services.AddSingleton<MeetingCoach>();
        services.AddOptions<SchedulingOptions>().Bind(configuration.GetSection(SchedulingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IScheduleStore>(sp => new FileScheduleStore(Path.Combine(sp.GetRequiredService<IOptions<CoachOptions>>().Value.DataDirectory, "schedule.json")));
        services.AddOptions<CallingOptions>().Bind(configuration.GetSection(CallingOptions.Section));
        services.AddHttpClient(nameof(CallingTokenValidator), http => http.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<CallingTokenValidator>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(CallingTokenValidator))));
        services.AddSingleton<MeetingCalls>();
        services.AddHttpClient<MediaWorkerClient>(http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<IMeetingJoiner, CoachMeetingJoiner>();
        services.AddSingleton<MeetingScheduler>();
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(nameof(GraphTokenProvider), http => http.Timeout = Timeout.InfiniteTimeSpan).AddResilienceHandler("graph-token", Resilience);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<GraphTokenProvider>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(GraphTokenProvider))));
        // Graph shares the connector's timeouts and retry rules: 429 always (Retry-After honoured), 5xx only when safe to repeat.
        services.AddHttpClient(nameof(MeetingGraph), http => http.Timeout = Timeout.InfiniteTimeSpan).AddResilienceHandler("graph", Resilience);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<MeetingGraph>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(MeetingGraph))));
        services.AddSingleton<TranscriptFallback>();
        services.AddSingleton<EmailDrafts>();
        services.AddSingleton<ISessionJournal>(sp => new LocalFileJournal(new LocalJournalOptions { Directory = JournalDirectory(sp) }));
        services.AddSingleton<IArtifactStore>(sp => new LocalArtifactStore(ArtifactDirectory(sp)));
        services.AddOptions<PostCallRetryOptions>().Bind(configuration.GetSection(PostCallRetryOptions.Section));
        // Resolved lazily, so a journal or store registered later (blob storage) is the one it uses.
        services.AddSingleton<ISessionDirectory>(sp => new LocalSessionDirectory(sp.GetRequiredService<ISessionJournal>(), sp.GetRequiredService<IPostCallWriter>(),
            sp.GetRequiredService<IContentPackWriter>(), sp.GetRequiredService<IArtifactStore>(), sp.GetRequiredService<IOptions<PostCallRetryOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(), (id, ex) => sp.GetRequiredService<ILoggerFactory>().CreateLogger("InterviewBot.PostCall").PostCallAttemptFailed(id, ex)));
        return services;
    }

    /// <summary>Where a session's artefacts are kept: <c>{DataDirectory}/artifacts/{sessionId}/</c>.</summary>
    public static string ArtifactDirectory(IServiceProvider services) =>
        Path.Combine(services.GetRequiredService<IOptions<CoachOptions>>().Value.DataDirectory, "artifacts");

    private static string JournalDirectory(IServiceProvider services)
    {
        var dir = Path.Combine(services.GetRequiredService<IOptions<CoachOptions>>().Value.DataDirectory, "journals");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>
    /// A total limit, retries, a per-attempt limit. 429 is retried for every call (the connector did not act on
    /// it; Retry-After is honoured); 5xx and timeouts only for calls that are safe to repeat (GET, PUT, DELETE),
    /// because a repeated POST could show the interviewer the same card twice.
    /// </summary>
    private static void Resilience(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var o = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
        builder.AddTimeout(o.TotalTimeout);
        builder.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, o.MaxRetries),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = o.RetryBaseDelay,
            ShouldRetryAfterHeader = true,
            ShouldHandle = args =>
            {
                var response = args.Outcome.Result;
                if (response?.StatusCode == HttpStatusCode.TooManyRequests) return ValueTask.FromResult(o.MaxRetries > 0);
                var method = response?.RequestMessage?.Method ?? args.Context.GetRequestMessage()?.Method;
                var safe = method is not null && method != HttpMethod.Post;
                var transient = args.Outcome.Exception is HttpRequestException or Polly.Timeout.TimeoutRejectedException || (int?)response?.StatusCode >= 500;
                return ValueTask.FromResult(o.MaxRetries > 0 && safe && transient);
            },
        });
        builder.AddTimeout(o.AttemptTimeout);
    }
}

using System.Net;
using InterviewBot.Media.Live;
using InterviewBot.Teams.Auth;
using InterviewBot.Teams.Calling;
using InterviewBot.Teams.Coach;
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

/// <summary>
/// Registers the Teams channel: inbound token validation, the connector and Graph clients, the activity router and its
/// handlers, scheduling and calling. Session storage (journal, artefacts, directory) is the host's: <c>AddSessionStorage</c>.
/// </summary>
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
        services.AddSingleton<TeamsChatSinks>();
        services.AddSingleton<ISinkFactory>(sp => sp.GetRequiredService<TeamsChatSinks>());   // the interviewer's chat, rebuilt on any server
        services.AddSingleton<InterviewerChannel>();
        services.AddSingleton<PostCallPublisher>();
        services.AddSingleton<ReportLinks>();
        services.AddSingleton<Replies>();
        services.AddSingleton<MeetingLifecycle>();
        services.AddSingleton<ScheduleCommands>();
        services.AddSingleton<InterviewerActions>();
        services.AddSingleton<OwnInterviews>();
        services.AddSingleton<ThemesCommand>();
        services.AddSingleton<ActivityRouter>();
        services.AddOptions<SchedulingOptions>().Bind(configuration.GetSection(SchedulingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CallingOptions>().Bind(configuration.GetSection(CallingOptions.Section));
        services.AddHttpClient(nameof(CallingTokenValidator), http => http.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<CallingTokenValidator>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(CallingTokenValidator))));
        // The calling SDK's client: Graph's timeouts and retry rules under it, and no repeated POST over them (NoRepeatedPosts).
        services.AddTransient<NoRepeatedPosts>();
        services.AddTransient<LoopbackGraph>();
        var calling = services.AddHttpClient(CallingClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan).AddHttpMessageHandler<NoRepeatedPosts>();
        calling.AddResilienceHandler("graph-calling", Resilience);
        calling.AddHttpMessageHandler<LoopbackGraph>();
        services.AddSingleton<CallingClient>();
        services.AddSingleton<CallFollower>();
        services.AddSingleton<MeetingCalls>();
        services.AddHttpClient<MediaWorkerClient>(http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<IMeetingJoiner, MeetingJoins>();
        services.AddSingleton<MeetingScheduler>();
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(nameof(GraphTokenProvider), http => http.Timeout = Timeout.InfiniteTimeSpan).AddResilienceHandler("graph-token", Resilience);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<GraphTokenProvider>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(GraphTokenProvider))));
        // Graph shares the connector's timeouts and retry rules: 429 always (Retry-After honoured), 5xx only when safe to repeat.
        services.AddHttpClient(nameof(MeetingGraph), http => http.Timeout = Timeout.InfiniteTimeSpan).AddResilienceHandler("graph", Resilience);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<MeetingGraph>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(MeetingGraph))));
        services.AddSingleton<TranscriptFallback>();
        services.AddSingleton<EmailDrafts>();
        return services;
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

using InterviewBot.Cluster;
using InterviewBot.Azure.PostCall;
using InterviewBot.Core.Ports;
using InterviewBot.Azure.Speech;
using InterviewBot.Azure.Storage;
using InterviewBot.Media;
using InterviewBot.Media.Gateways;
using InterviewBot.Media.Ingest;
using InterviewBot.Media.Live;
using InterviewBot.Teams;
using InterviewBot.Teams.Meetings;
using InterviewBot.Zoom;
using InterviewBot.Zoom.Chat;
using InterviewBot.Zoom.Rtms;
using Microsoft.Extensions.Options;

namespace InterviewBot.Server;

/// <summary>The ASP.NET Core host: the Teams messaging endpoint, report links and health. It only wires adapters to the core.</summary>
public static class ServerApp
{
    /// <param name="args">Command-line arguments (configuration overrides such as <c>--Bot:AppId=…</c>).</param>
    /// <param name="configure">Lets tests change configuration or services before the app is built.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddEnvironmentVariables("InterviewBot__");
        // First, so that configuration it adds decides which adapters are registered below.
        configure?.Invoke(builder);
        builder.Services.AddTeamsCoach(builder.Configuration);
        builder.Services.AddPostCallWriter(builder.Configuration);
        if (builder.Services.AddBlobSessionStorage(builder.Configuration))
        {
            builder.Services.AddHostedService<BlobContainersAtStart>();
            builder.Services.AddHealthChecks().AddCheck<BlobStorageCheck>("blob-storage", tags: ["ready"]).AddCheck<JournalHealthCheck>("journal", tags: ["ready"]);
        }
        // Clustered, the schedule of joins is shared by every server (one of them sends each join).
        if (builder.AddSessionCluster()) builder.Services.AddSingleton<InterviewBot.Teams.Scheduling.IScheduleStore, ClusterScheduleStore>();
        builder.Services.AddOptions<MediaOptions>().Bind(builder.Configuration.GetSection(MediaOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<MediaTokens>();
        builder.Services.AddSingleton<MediaSessions>();
        builder.Services.AddSingleton<MediaMetrics>();
        MediaTransport.Configure(builder);
        builder.Services.AddHealthChecks().AddCheck<MediaBackPressureCheck>("media-back-pressure", tags: ["ready"]);
        builder.Services.AddOptions<MeetingBotOptions>().Bind(builder.Configuration.GetSection(MeetingBotOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHttpClient<MeetingBots>();
        builder.Services.AddOptions<ZoomOptions>().Bind(builder.Configuration.GetSection(ZoomOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHttpClient(nameof(ZoomApi));
        builder.Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ZoomApi>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ZoomApi))));
        builder.Services.AddSingleton<RtmsClient>();
        builder.Services.AddSingleton<ZoomStreams>();
        builder.Services.AddHostedService<IdleSessionSweeper>();
        builder.Services.AddHostedService<PostCallRecoveryAtStart>();
        builder.Services.AddHostedService<ScheduledJoins>();
        if (!string.IsNullOrEmpty(builder.Configuration["Speech:Endpoint"])) builder.Services.AddSpeechRecognizer(builder.Configuration);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, ServerJsonContext.Default));
        Observability.Add(builder);
        builder.Services.AddSingleton<BotEndpoint>();
        builder.Services.AddSingleton<CallingEndpoint>();

        var app = builder.Build();
        var bot = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        if (bot.DisableAuthenticationForLocalDevelopment)
            app.Logger.AuthenticationDisabled();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.MapHealthChecks("/healthz", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        MediaEndpoints.Map(app);
        MediaStatsEndpoint.Map(app);
        ZoomEndpoints.Map(app);
        app.MapPost("/api/messages", (HttpContext context, BotEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapPost("/api/calling", (HttpContext context, CallingEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapGet("/teams/tab", TeamsPages.Tab);
        app.MapGet("/teams/stage", (string? nudge) => TeamsPages.Stage(nudge));
        app.MapGet("/reports/{sessionId}/{token}/{file}", (string sessionId, string token, string file, ReportLinks links, IArtifactStore store, CancellationToken ct) =>
            ReportFiles.ServeAsync(sessionId, token, file, links, store, ct));
        return app;
    }
}

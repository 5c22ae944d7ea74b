using InterviewBot.Core.Coaching.Policy;
using InterviewBot.Azure.PostCall;
using InterviewBot.Azure.Speech;
using InterviewBot.Media;
using InterviewBot.Teams;
using InterviewBot.Teams.MediaDoors;
using InterviewBot.Zoom;
using Microsoft.Extensions.Options;

namespace InterviewBot.Server;

/// <summary>The ASP.NET Core host. It only wires adapters to the core: what is registered, then what is served, one line each.</summary>
public static class ServerApp
{
    /// <param name="args">Command-line arguments (configuration overrides such as <c>--Bot:AppId=…</c>).</param>
    /// <param name="configure">Lets tests change configuration or bring their own services before the app's own are added.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddEnvironmentVariables("InterviewBot__");
        // First, so that configuration it adds decides which adapters are registered below.
        configure?.Invoke(builder);

        builder.AddSessionStorage();                                      // journals, artefacts, session directory, schedule: local, blob or cluster
        builder.Services.AddPostCallWriter(builder.Configuration);        // embedded or LLM post-call
        if (!string.IsNullOrEmpty(builder.Configuration["Speech:Endpoint"])) builder.Services.AddSpeechRecognizer(builder.Configuration);
        builder.Services.AddLiveSessions(builder.Configuration);          // the session host, media tokens, meeting-bot gateway
        builder.Services.AddOptions<NudgePolicyOptions>().Bind(builder.Configuration.GetSection(NudgePolicyOptions.Section))   // Coach:Nudges, the fresh-or-never policy
            .Validate(o => o.Problems().Count == 0, $"{NudgePolicyOptions.Section}: each of FreshWindow, NewCardGap, SameKindWindow, QuietStart must be a time from 00:00:00 within its range").ValidateOnStart();
        builder.Services.AddTeamsCoach(builder.Configuration);            // Teams activities, cards, scheduling, calling
        builder.Services.AddMediaDoors(builder.Configuration);            // Coach:MediaDoor: none, gateway or graph
        builder.Services.AddZoom(builder.Configuration);                  // Zoom RTMS and Team Chat
        builder.Services.AddHealthChecks().AddCheck<MediaBackPressureCheck>("media-back-pressure", tags: ["ready"]);   // sessions dropping audio
        MediaTransport.Configure(builder);                                // Media:InlineSocketCompletions (off by default)
        builder.Services.AddHostedService<IdleSessionSweeper>();
        builder.Services.AddHostedService<PostCallRecoveryAtStart>();
        builder.Services.AddHostedService<ScheduledJoins>();
        builder.Services.AddSingleton<BotEndpoint>();
        builder.Services.AddSingleton<CallingEndpoint>();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, ServerJsonContext.Default));
        Observability.Add(builder);

        var app = builder.Build();
        if (app.Services.GetRequiredService<IOptions<BotOptions>>().Value.DisableAuthenticationForLocalDevelopment) app.Logger.AuthenticationDisabled();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.MapHealth();   // /healthz, /readyz
        app.MapTeams();    // /api/messages, /api/calling, /teams/tab, /teams/stage
        app.MapMedia();    // /api/sessions, /api/media/{sessionId}, /api/media/{gateway}/…
        MediaStatsEndpoint.Map(app);   // /api/stats/media, read by the load generator
        app.MapZoom();     // /api/zoom/webhook
        app.MapReports();  // /reports/{sessionId}/{token}/{file}
        return app;
    }
}

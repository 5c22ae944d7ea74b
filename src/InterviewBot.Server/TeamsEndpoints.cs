namespace InterviewBot.Server;

/// <summary>Teams: the messaging endpoint, Graph's call notifications, and the two pages the app manifest points at.</summary>
internal static class TeamsEndpoints
{
    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", (HttpContext context, BotEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapPost("/api/calling", (HttpContext context, CallingEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapGet("/teams/tab", TeamsPages.Tab);
        app.MapGet("/teams/stage", (string? nudge) => TeamsPages.Stage(nudge));
        return app;
    }
}

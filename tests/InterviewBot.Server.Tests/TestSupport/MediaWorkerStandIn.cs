using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using InterviewBot.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace InterviewBot.Server.Tests.TestSupport;

/// <summary>The Windows media worker's prepare call (<c>POST /v1/calls</c>): records what the server asked for, answers a media configuration.</summary>
internal sealed class MediaWorkerStandIn : Loopback
{
    public ConcurrentQueue<JsonNode> Prepared { get; } = new();

    public MediaWorkerStandIn() => App.MapPost("/v1/calls", async (HttpContext ctx) =>
    {
        Prepared.Enqueue((await JsonNode.ParseAsync(ctx.Request.Body))!);
        return Results.Json(new JsonObject { ["media_configuration"] = "eyJtcElkIjoid29ya2VyLTEifQ==" });
    });
}

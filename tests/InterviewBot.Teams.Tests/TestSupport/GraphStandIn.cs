using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace InterviewBot.Teams.Tests.TestSupport;

/// <summary>
/// Microsoft Graph v1.0 on loopback, answering with its documented shapes: the organizer's online meetings filtered
/// by join URL, a meeting's transcripts (none until <see cref="TranscriptAfterPolls"/> lists), their WebVTT content,
/// draft messages, and calls (create, delete, answer, reject). Failures can be queued; every call is recorded with its token.
/// </summary>
internal sealed class GraphStandIn : InterviewBot.Tests.Shared.Loopback
{
    public const string GraphMeetingId = "MSpkYzE3Njc0Yy04MWQ5LTRhZGItYmZiMi04ZjZhNDQyZjdhYzIqMCoqMTk6bWVldGluZw==";
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _failures = new();
    private int _transcriptLists;

    public GraphStandIn()
    {
        App.MapGet("/v1.0/users/{organizer}/onlineMeetings", (HttpContext ctx, string organizer) => Answer(ctx, () =>
        {
            var filter = ctx.Request.Query["$filter"].ToString();
            var known = JoinUrl is not null && filter == $"JoinWebUrl eq '{JoinUrl}'";
            return Results.Json(new JsonObject
            {
                ["value"] = known ? new JsonArray(new JsonObject
                {
                    ["id"] = GraphMeetingId, ["joinWebUrl"] = JoinUrl, ["subject"] = "Interview with Marcus",
                    ["startDateTime"] = "2026-12-01T14:30:00Z", ["endDateTime"] = "2026-12-01T15:15:00Z",
                }) : new JsonArray(),
            });
        }));
        App.MapGet("/v1.0/users/{organizer}/onlineMeetings/{meeting}", (HttpContext ctx, string meeting) => Answer(ctx, () => meeting != GraphMeetingId
            ? Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "NotFound", ["message"] = "no such meeting" } }, statusCode: 404)
            : Results.Json(new JsonObject
            {
                ["id"] = meeting, ["joinWebUrl"] = JoinUrl,
                ["participants"] = new JsonObject
                {
                    ["organizer"] = new JsonObject { ["upn"] = "priya@tenant.example", ["identity"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "aad-priya", ["displayName"] = "Priya Nair" } } },
                    ["attendees"] = new JsonArray(Attendees.Select(a => (JsonNode)new JsonObject
                    {
                        ["upn"] = a.Upn, ["role"] = "attendee", ["identity"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "aad-" + a.Name.ToLowerInvariant(), ["displayName"] = a.Name } },
                    }).ToArray()),
                },
            })));
        App.MapGet("/v1.0/users/{organizer}/onlineMeetings/{meeting}/transcripts", (HttpContext ctx, string meeting) => Answer(ctx, () =>
        {
            if (meeting != GraphMeetingId) return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "NotFound", ["message"] = "no such meeting" } }, statusCode: 404);
            var ready = Interlocked.Increment(ref _transcriptLists) > TranscriptAfterPolls && Transcript is not null;
            return Results.Json(new JsonObject
            {
                ["value"] = ready
                    ? new JsonArray(new JsonObject { ["id"] = "transcript-1", ["meetingId"] = meeting, ["createdDateTime"] = "2026-12-01T11:50:00Z" })
                    : new JsonArray(),
            });
        }));
        App.MapGet("/v1.0/users/{organizer}/onlineMeetings/{meeting}/transcripts/{id}/content", (HttpContext ctx, string id) => Answer(ctx, () =>
            Results.Text(Transcript!, "text/vtt")));
        App.MapPost("/v1.0/communications/calls", (HttpContext ctx, HttpRequest request) => Answer(ctx, () =>
            Results.Json(new JsonObject { ["@odata.type"] = "#microsoft.graph.call", ["id"] = "call-1", ["state"] = "establishing" }, statusCode: 201)));
        App.MapDelete("/v1.0/communications/calls/{id}", (HttpContext ctx, string id) => Answer(ctx, () => Results.NoContent()));
        // Answering and rejecting an incoming call: 202 Accepted, no body (Graph's call-answer and call-reject docs).
        App.MapPost("/v1.0/communications/calls/{id}/answer", (HttpContext ctx, string id) => Answer(ctx, () => Results.Accepted()));
        App.MapPost("/v1.0/communications/calls/{id}/reject", (HttpContext ctx, string id) => Answer(ctx, () => Results.Accepted()));
        App.MapPost("/v1.0/users/{user}/messages", (HttpContext ctx, string user) => Answer(ctx, () => Results.Json(new JsonObject { ["id"] = "draft-1", ["isDraft"] = true }, statusCode: 201)));
    }

    /// <summary>The meeting's invitees besides the organizer.</summary>
    public List<(string Name, string Upn)> Attendees { get; } = [("Marcus", "marcus@crumb.example")];

    /// <summary>The meeting's join URL Graph knows it by.</summary>
    public string? JoinUrl { get; set; }

    /// <summary>The WebVTT the transcript's content is.</summary>
    public string? Transcript { get; set; }

    /// <summary>How many transcript lists come back empty before the transcript appears.</summary>
    public int TranscriptAfterPolls { get; set; }

    public ConcurrentQueue<(string Method, string PathAndQuery, string Authorization, string Accept, string? Body)> Calls { get; } = new();

    public int TranscriptLists => Volatile.Read(ref _transcriptLists);

    /// <summary>The next calls fail with these statuses, in order (429s with the Retry-After given).</summary>
    public void FailNext(int status, string? retryAfter = null) => _failures.Enqueue((status, retryAfter));

    private async Task<IResult> Answer(HttpContext ctx, Func<IResult> answer)
    {
        string? body = null;
        if (ctx.Request.ContentLength > 0) body = await new StreamReader(ctx.Request.Body).ReadToEndAsync();
        Calls.Enqueue((ctx.Request.Method, ctx.Request.Path + ctx.Request.QueryString, ctx.Request.Headers.Authorization.ToString(), ctx.Request.Headers.Accept.ToString(), body));
        if (_failures.TryDequeue(out var failure))
        {
            if (failure.RetryAfter is { } after) ctx.Response.Headers.RetryAfter = after;
            return Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "Failure", ["message"] = $"status {failure.Status}" } }, statusCode: failure.Status);
        }
        return answer();
    }
}

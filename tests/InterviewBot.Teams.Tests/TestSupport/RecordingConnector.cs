using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using InterviewBot.Tests.Shared;

namespace InterviewBot.Teams.Tests.TestSupport;

/// <summary>
/// Plays the Bot Framework connector's documented REST side (<c>/v3/conversations…</c>, Teams' meeting notification)
/// and the Entra token endpoint, recording every call. Replies can be scripted to fail (429 with Retry-After, 5xx).
/// </summary>
internal sealed class RecordingConnector : Loopback
{
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _failures = new();
    private int _activityIds;

    public RecordingConnector()
    {
        App.MapPost("/token", async ctx =>
        {
            var form = await ctx.Request.ReadFormAsync();
            TokenRequests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
            await ctx.Response.WriteAsJsonAsync(new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3600, ["access_token"] = $"token-{TokenRequests.Count}" });
        });
        App.MapPost("/v3/conversations", ctx => Record(ctx, body =>
        {
            var member = body?["members"]?[0]?["id"]?.GetValue<string>() ?? "nobody";
            return new JsonObject { ["id"] = $"personal-{member}" };
        }));
        App.MapPost("/v3/conversations/{id}/activities", ctx => Record(ctx, _ => new JsonObject { ["id"] = $"activity-{Interlocked.Increment(ref _activityIds)}" }));
        App.MapPost("/v3/conversations/{id}/activities/{activityId}", ctx => Record(ctx, _ => new JsonObject { ["id"] = $"activity-{Interlocked.Increment(ref _activityIds)}" }));
        App.MapPut("/v3/conversations/{id}/activities/{activityId}", ctx => Record(ctx, _ => new JsonObject { ["id"] = (string)ctx.Request.RouteValues["activityId"]! }));
        App.MapDelete("/v3/conversations/{id}/activities/{activityId}", ctx => Record(ctx, _ => null));
        App.MapGet("/v3/conversations/{id}/members/{memberId}", ctx => Record(ctx, _ =>
        {
            var id = (string)ctx.Request.RouteValues["memberId"]!;
            return new JsonObject { ["id"] = id, ["name"] = Names.GetValueOrDefault(id, "Someone"), ["aadObjectId"] = $"aad-{id}" };
        }));
        App.MapPost("/v1/meetings/{meetingId}/notification", ctx => Record(ctx, _ => null, status: 202));
        App.MapGet("/v1/meetings/{meetingId}", ctx =>
        {
            var meeting = Meetings.GetValueOrDefault(Uri.UnescapeDataString((string)ctx.Request.RouteValues["meetingId"]!));
            return Record(ctx, _ => meeting?.DeepClone(), status: meeting is null ? 404 : 200);
        });
    }

    public ConcurrentQueue<Call> Calls { get; } = new();

    public ConcurrentQueue<Dictionary<string, string>> TokenRequests { get; } = new();

    public Dictionary<string, string> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>Meeting details by meeting id, as <c>GET v1/meetings/{id}</c> answers them; a missing one is a 404 (cancelled).</summary>
    public ConcurrentDictionary<string, JsonObject> Meetings { get; } = new(StringComparer.Ordinal);

    /// <summary>The documented details shape for a scheduled meeting.</summary>
    public static JsonObject MeetingDetails(string meetingId, DateTimeOffset start, DateTimeOffset end, string title,
        string graphId = "MSo1N2Y5ZGFjYy03MWJhLTQ3NDAtOWE2ZS1jNjE5YTMyZWUwMTYqMA**") => new()
    {
        ["details"] = new JsonObject
        {
            ["id"] = meetingId, ["msGraphResourceId"] = graphId,
            ["scheduledStartTime"] = start.UtcDateTime.ToString("O"), ["scheduledEndTime"] = end.UtcDateTime.ToString("O"),
            ["joinUrl"] = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0", ["title"] = title, ["type"] = "Scheduled",
        },
        ["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "groupChat", ["id"] = "19:meeting_abc@thread.v2" },
        ["organizer"] = new JsonObject { ["id"] = "29:priya", ["aadObjectId"] = "aad-priya", ["tenantId"] = "tenant-1" },
    };

    public Uri TokenEndpoint => new(BaseUri, "token");

    /// <summary>The next calls fail with these statuses, in order (429s carry the Retry-After given).</summary>
    public void FailNext(int status, string? retryAfter = null) => _failures.Enqueue((status, retryAfter));

    /// <summary>Activities the bot posted (not updates), in order, with the conversation each went to.</summary>
    public IReadOnlyList<Call> Posted => Calls.Where(c => c.Method == "POST" && c.Path.Contains("/activities", StringComparison.Ordinal)).ToArray();

    private async Task Record(HttpContext ctx, Func<JsonNode?, JsonNode?> answer, int status = 200)
    {
        JsonNode? body = null;
        if (ctx.Request.ContentLength > 0 || ctx.Request.Headers.TransferEncoding.Count > 0)
            body = await JsonNode.ParseAsync(ctx.Request.Body);
        var failing = _failures.TryDequeue(out var failure);
        var reply = failing ? null : answer(body);
        Calls.Enqueue(new Call(ctx.Request.Method, ctx.Request.Path.Value!, ctx.Request.Headers.Authorization.ToString(), body)
        {
            ResponseId = reply is JsonObject { } o && o["id"] is JsonValue id ? id.GetValue<string>() : null,
        });
        if (failing)
        {
            ctx.Response.StatusCode = failure.Status;
            if (failure.RetryAfter is { } after) ctx.Response.Headers.RetryAfter = after;
            return;
        }
        ctx.Response.StatusCode = ctx.Request.Method == "POST" && status == 200 && ctx.Request.Path.Value!.EndsWith("activities", StringComparison.Ordinal) ? 201 : status;
        if (reply is not null) await ctx.Response.WriteAsync(reply.ToJsonString());
    }

    /// <summary>One recorded call: what was asked, with which token, and the JSON body.</summary>
    public sealed record Call(string Method, string Path, string Authorization, JsonNode? Body)
    {
        /// <summary>The id the stand-in answered with (a posted activity's id), if any.</summary>
        public string? ResponseId { get; init; }

        public string? ConversationId => Path.StartsWith("/v3/conversations/", StringComparison.Ordinal) ? Uri.UnescapeDataString(Path.Split('/')[3]) : null;

        /// <summary>The Adaptive Card this activity carries, if any.</summary>
        public JsonNode? Card => Body?["attachments"]?[0]?["content"];

        public string CardText => Card?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";
    }
}

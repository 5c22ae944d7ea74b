using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using InterviewBot.Media;
using InterviewBot.Media.Live;
using Microsoft.Extensions.Options;

namespace InterviewBot.Server;

/// <summary>
/// <c>GET /api/stats/media</c>: what live audio costs this process — frames taken, bytes allocated, collections and
/// pauses, CPU — and frame-to-metric latency since the last <c>POST /api/stats/media/reset</c>. Counters only grow, so a
/// load generator in another process diffs two readings. Behind the same API key as <c>POST /api/sessions</c>.
/// </summary>
internal static class MediaStatsEndpoint
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/stats/media", (HttpContext context, MediaMetrics metrics, MediaSessions sessions, IOptions<MediaOptions> options) =>
            Refused(context, options.Value) ?? Results.Json(Read(metrics, sessions, reset: false), MediaStatsJsonContext.Default.MediaStats));
        app.MapPost("/api/stats/media/reset", (HttpContext context, MediaMetrics metrics, MediaSessions sessions, IOptions<MediaOptions> options) =>
            Refused(context, options.Value) ?? Results.Json(Read(metrics, sessions, reset: true), MediaStatsJsonContext.Default.MediaStats));
    }

    private static MediaStats Read(MediaMetrics metrics, MediaSessions sessions, bool reset)
    {
        var latencies = metrics.Latencies(reset);
        Array.Sort(latencies);
        double Percentile(double p) => latencies.Length == 0 ? 0 : latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];
        using var process = Process.GetCurrentProcess();
        return new MediaStats(Environment.ProcessId, sessions.Count, metrics.Frames, metrics.DroppedFrames, GC.GetTotalAllocatedBytes(precise: false),
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration().TotalMilliseconds, process.TotalProcessorTime.TotalMilliseconds,
            new LatencyStats(latencies.Length, Percentile(0.5), Percentile(0.99), latencies.Length == 0 ? 0 : latencies[^1]));
    }

    private static IResult? Refused(HttpContext context, MediaOptions options)
    {
        if (options.ApiKey is not { Length: > 0 } key) return Results.Problem("media statistics are off (set Media:ApiKey)", statusCode: 404);
        var presented = context.Request.Headers.Authorization.ToString();
        return presented.StartsWith("Bearer ", StringComparison.Ordinal) && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented[7..]), Encoding.UTF8.GetBytes(key))
            ? null
            : Results.Problem("a valid API key is needed", statusCode: 401);
    }
}

/// <summary>One reading of the media counters (totals since the process started; latency since the last reset).</summary>
internal sealed record MediaStats(int ProcessId, int Sessions, long Frames, long DroppedFrames, long AllocatedBytes, int Gen0, int Gen1, int Gen2,
    double GcPauseMs, double CpuMs, LatencyStats Latency);

/// <summary>Frame-to-metric latency of the window, in milliseconds.</summary>
internal sealed record LatencyStats(int Samples, double P50Ms, double P99Ms, double MaxMs);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(MediaStats))]
internal sealed partial class MediaStatsJsonContext : JsonSerializerContext;

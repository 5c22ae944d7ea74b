using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace InterviewBot.Benchmarks.Media;

/// <summary>One reading of the server's <c>GET /api/stats/media</c> (totals since it started; latency since the last reset).</summary>
internal sealed record MediaStatsReading(int ProcessId, long Frames, long DroppedFrames, long AllocatedBytes, int Gen0, int Gen1, int Gen2, double GcPauseMs, double CpuMs,
    int LatencySamples, double P50Ms, double P99Ms, double MaxMs)
{
    public static async Task<MediaStatsReading> ReadAsync(HttpClient http, Uri baseUrl, bool reset, CancellationToken cancellationToken)
    {
        using var response = reset
            ? await http.PostAsync(new Uri(baseUrl, "api/stats/media/reset"), null, cancellationToken).ConfigureAwait(false)
            : await http.GetAsync(new Uri(baseUrl, "api/stats/media"), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var json = (await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken).ConfigureAwait(false))!;
        var latency = json["latency"]!;
        return new MediaStatsReading(json["process_id"]!.GetValue<int>(), json["frames"]!.GetValue<long>(), json["dropped_frames"]!.GetValue<long>(),
            json["allocated_bytes"]!.GetValue<long>(), json["gen0"]!.GetValue<int>(), json["gen1"]!.GetValue<int>(), json["gen2"]!.GetValue<int>(),
            json["gc_pause_ms"]!.GetValue<double>(), json["cpu_ms"]!.GetValue<double>(),
            latency["samples"]!.GetValue<int>(), latency["p50_ms"]!.GetValue<double>(), latency["p99_ms"]!.GetValue<double>(), latency["max_ms"]!.GetValue<double>());
    }
}

using System.Diagnostics;
using System.Net.Http.Headers;

namespace InterviewBot.Benchmarks.Media;

/// <summary>
/// <c>media --sessions N --seconds S [--url U --api-key K]</c>: the load generator in its own process. It starts the
/// server as another process (or attaches to one by URL), streams N real-time sessions of two speakers over the ingest
/// WebSocket, and reports what the SERVER spent — its CPU from /proc, its allocations, collections and pauses, and its
/// frame-to-metric latency from <c>/api/stats/media</c> — plus the frames the generator could not send on time.
/// </summary>
internal static class MediaLoad
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        var (options, error) = MediaLoadOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync($"media: {error}").ConfigureAwait(false);
            return 2;
        }
        ServerProcess? started = null;
        try
        {
            if (options.Url is null) started = await ServerProcess.StartAsync(ServerProcess.Locate(options.ServerPath), options.ServerEnvironment, cancellationToken).ConfigureAwait(false);
            var baseUrl = started?.Url ?? options.Url!;
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(120) }; // a saturated server still answers, late
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", started?.ApiKey ?? options.ApiKey);
            var report = await MeasureAsync(options, http, baseUrl, cancellationToken).ConfigureAwait(false);
            if (started is not null && options.ServerEnvironment.Count > 0)
                output.WriteLine($"server environment: {string.Join(' ', options.ServerEnvironment.Select(e => $"{e.Key}={e.Value}"))}");
            report.Write(output);
            return 0;
        }
        finally
        {
            if (started is not null) await started.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task<MediaLoadReport> MeasureAsync(MediaLoadOptions options, HttpClient http, Uri baseUrl, CancellationToken cancellationToken)
    {
        var sender = new RealTimeSender(options, SyntheticSpeech.TwoSpeakers());
        await sender.OpenAsync(http, baseUrl, cancellationToken).ConfigureAwait(false);
        var loadAverage = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
        MediaStatsReading? before = null;
        double? cpuBefore = null;
        var generatorBefore = TimeSpan.Zero;
        var window = Stopwatch.StartNew();
        await sender.StreamAsync(options.WarmUpSeconds + options.Seconds, async second =>
        {
            if (second != options.WarmUpSeconds) return;
            before = await MediaStatsReading.ReadAsync(http, baseUrl, reset: true, cancellationToken).ConfigureAwait(false);
            cpuBefore = ProcessCpu.ReadMs(before.ProcessId);
            generatorBefore = Process.GetCurrentProcess().TotalProcessorTime;
            sender.StartCounting();
            window.Restart();
        }, cancellationToken).ConfigureAwait(false);
        var after = await MediaStatsReading.ReadAsync(http, baseUrl, reset: false, cancellationToken).ConfigureAwait(false);
        var cpuAfter = ProcessCpu.ReadMs(after.ProcessId);
        var seconds = window.Elapsed.TotalSeconds;
        var generatorCpu = (Process.GetCurrentProcess().TotalProcessorTime - generatorBefore).TotalMilliseconds;
        await sender.CloseAsync(cancellationToken).ConfigureAwait(false);
        var (cpu, source) = cpuBefore is { } b && cpuAfter is { } a
            ? (a - b, $"/proc/{after.ProcessId}/stat")
            : (after.CpuMs - before!.CpuMs, "the server's own process counters");
        return new MediaLoadReport(options.Sessions, seconds, options.ChunkMs, options.SplitSpeakers, source, cpu, after.Frames - before!.Frames, after.DroppedFrames - before.DroppedFrames,
            after.AllocatedBytes - before.AllocatedBytes, after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.GcPauseMs - before.GcPauseMs,
            after.LatencySamples, after.P50Ms, after.P99Ms, after.MaxMs, sender.LateFrames, sender.SentFrames, loadAverage, generatorCpu);
    }
}

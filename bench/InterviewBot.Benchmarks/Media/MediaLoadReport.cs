using System.Globalization;

namespace InterviewBot.Benchmarks.Media;

/// <summary>What one <c>media</c> run measured, over the measured window only (the warm-up excluded).</summary>
internal sealed record MediaLoadReport(int Sessions, double Seconds, int ChunkMs, bool SplitSpeakers, string CpuSource, double ServerCpuMs, long Frames, long DroppedFrames,
    long AllocatedBytes, int Gen0, int Gen1, int Gen2, double GcPauseMs, int LatencySamples, double P50Ms, double P99Ms, double MaxMs, long LateFrames, long SentFrames,
    string LoadAverage, double GeneratorCpuMs = double.NaN)
{
    public double CpuMsPerSessionSecond => ServerCpuMs / Sessions / Seconds;

    public double AllocatedBytesPerFrame => Frames == 0 ? 0 : (double)AllocatedBytes / Frames;

    /// <summary>The bar: frames were measured, p99 under 50 ms, and no frame sent late.</summary>
    public bool KeepsUp => Frames > 0 && SentFrames > 0 && LatencySamples > 0 && P99Ms < 50 && LateFrames == 0;

    public void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"{Sessions} sessions × 2 speakers, {Seconds:0.0} s measured, {ChunkMs} ms chunks, {(SplitSpeakers ? "a message per speaker" : "both speakers in one message")}; load average {LoadAverage}"));
        output.WriteLine(string.Create(inv, $"frame-to-metric latency: p50 {P50Ms:0.00} ms, p99 {P99Ms:0.00} ms, max {MaxMs:0.00} ms ({LatencySamples:N0} samples)"));
        output.WriteLine(string.Create(inv, $"server CPU: {ServerCpuMs:0} ms = {ServerCpuMs / Seconds / 10:0}% of one core, {CpuMsPerSessionSecond:0.000} ms per session-second ({CpuSource})"));
        output.WriteLine(string.Create(inv, $"server allocations: {AllocatedBytesPerFrame:0.0} bytes per 20 ms frame ({AllocatedBytes / 1048576.0:0.0} MB over {Frames:N0} frames); GC gen0 {Gen0}, gen1 {Gen1}, gen2 {Gen2}, pauses {GcPauseMs:0.0} ms"));
        if (!double.IsNaN(GeneratorCpuMs))
            output.WriteLine(string.Create(inv, $"load generator CPU (its own process, same machine): {GeneratorCpuMs / Sessions / Seconds:0.000} ms per session-second"));
        output.WriteLine(string.Create(inv, $"sender: {LateFrames:N0} of {SentFrames:N0} frames sent late; server dropped {DroppedFrames:N0} frames to keep up"));
        output.WriteLine(KeepsUp ? $"{Sessions} sessions keep up: p99 under 50 ms, no frame late" : $"{Sessions} sessions do NOT keep up (p99 under 50 ms with no frame late)");
        output.WriteLine(string.Create(inv, $"sessions={Sessions} p99_ms={P99Ms:0.0} server_cpu_ms_per_session_s={CpuMsPerSessionSecond:0.000} late_frames={LateFrames} alloc_bytes_per_frame={AllocatedBytesPerFrame:0.0}"));
    }
}

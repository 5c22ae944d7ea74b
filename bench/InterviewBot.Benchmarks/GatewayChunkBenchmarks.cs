using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using InterviewBot.Media.Gateways;
using InterviewBot.Zoom.Rtms;

namespace InterviewBot.Benchmarks;

/// <summary>
/// A gateway's per-chunk path before the session: one 20 ms attendee / Recall.ai / Zoom RTMS JSON message read and
/// its base64 PCM16 decoded into the connection's chunk. The Allocated column is the allocation per chunk (0 B is the aim).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class GatewayChunkBenchmarks
{
    private static readonly DateTimeOffset s_started = DateTimeOffset.FromUnixTimeMilliseconds(1_764_064_800_000);
    private readonly GatewayChunk _chunk = new();
    private readonly AttendeeTranslator _attendee = new();
    private readonly RecallTranslator _recall = new();
    private byte[] _attendeeMessage = [];
    private byte[] _recallMessage = [];
    private byte[] _zoomMessage = [];
    private readonly RtmsStreamClock _zoomClock = new();

    [GlobalSetup]
    public void Setup()
    {
        var pcm = Convert.ToBase64String(new byte[640]);
        _attendeeMessage = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["trigger"] = "realtime_audio.per_participant", ["bot_id"] = "b",
            ["data"] = new JsonObject { ["participant_uuid"] = "u-1", ["chunk"] = pcm, ["timestamp_ms"] = 1_764_064_812_500, ["sample_rate"] = 16000 },
        }.ToJsonString());
        _recallMessage = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["event"] = "audio_separate_raw.data",
            ["data"] = new JsonObject
            {
                ["data"] = new JsonObject
                {
                    ["buffer"] = pcm, ["timestamp"] = new JsonObject { ["relative"] = 3.25 },
                    ["participant"] = new JsonObject { ["id"] = 100, ["name"] = "Dana", ["is_host"] = true },
                },
            },
        }.ToJsonString());
        _zoomMessage = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["msg_type"] = 14,
            ["content"] = new JsonObject { ["user_id"] = 16778240, ["user_name"] = "Dana", ["data"] = pcm, ["timestamp"] = 1_764_064_812_500 },
        }.ToJsonString());
    }

    [GlobalCleanup]
    public void Cleanup() => _chunk.Dispose();

    [Benchmark(Description = "attendee realtime_audio.per_participant, 20 ms")]
    public int Attendee() => _attendee.Translate(_attendeeMessage, s_started, _chunk, out _) ? _chunk.Pcm.Length : 0;

    [Benchmark(Description = "Recall.ai audio_separate_raw.data, 20 ms")]
    public int Recall() => _recall.Translate(_recallMessage, s_started, _chunk, out _) ? _chunk.Pcm.Length : 0;

    [Benchmark(Description = "Zoom RTMS media 14 (data_opt 2), 20 ms")]
    public int Zoom() => RtmsMediaMessage.Read(_zoomMessage, _chunk, _zoomClock, out _) == RtmsMediaKind.Audio ? _chunk.Pcm.Length : 0;
}

using BenchmarkDotNet.Attributes;
using InterviewBot.Core.Journal;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Ingest;
using InterviewBot.Media.Live;

namespace InterviewBot.Benchmarks;

/// <summary>
/// The server's per-frame path after the socket: one minute of two speakers as ingest messages (both speakers' 20 ms
/// packets in one message) decoded and taken by a live session — speaker streams, voice activity, segmenter, a tick
/// per second to the session's runner, frame-to-metric probes. 6,000 frames (two speaker streams × 3,000) per call:
/// 60 s divided by the mean time is the × real-time figure for two streams, so per speaker stream per core it is
/// twice that. Allocated bytes ÷ 6,000 is the allocation per frame (ticks, rules and journal included).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class FrameBenchmarks
{
    private const int Frames = 3000;
    private byte[][] _messages = [];
    private readonly List<IngestFrame> _packets = new(4);
    private LiveAudioSession? _session;
    private int _minute;

    [GlobalSetup]
    public void Setup()
    {
        var speech = Media.SyntheticSpeech.TwoSpeakers();
        _messages = new byte[Frames][];
        for (var f = 0; f < Frames; f++)
        {
            var message = new byte[2 * (IngestFrame.HeaderBytes + 640)];
            var offset = f * 320 % (speech[0].Length - 320);
            var first = IngestFrame.WritePacket(message, 0, TimeSpan.FromMilliseconds(20 * f), speech[0].AsSpan(offset, 320), packetCount: 2);
            IngestFrame.WritePacket(message.AsSpan(first), 1, TimeSpan.FromMilliseconds(20 * f), speech[1].AsSpan(offset, 320), packetCount: 0);
            _messages[f] = message;
        }
        _session = LiveAudioSession.StartAsync("bench", SessionSetup.Empty, [new Participant("a", "A", ParticipantRole.Interviewer), new Participant("b", "B", ParticipantRole.Interviewee)],
            new NullJournal(), [], recognizer: null, backlogCapacity: 16, TimeProvider.System, CancellationToken.None, new MediaMetrics(TimeProvider.System)).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _session!.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "decode + speaker streams + VAD + segmenter + ticks and metrics, 1 min of 2 speakers")]
    public async Task<long> OneMinute()
    {
        // Media time moves on a minute per call (the session's clock only goes forward): headers are restamped in place.
        var shift = TimeSpan.FromMinutes(_minute++);
        for (var f = 0; f < Frames; f++)
        {
            var message = _messages[f];
            var at = (long)(shift + TimeSpan.FromMilliseconds(20 * f)).TotalMilliseconds;
            BitConverter.TryWriteBytes(message.AsSpan(4), at);
            BitConverter.TryWriteBytes(message.AsSpan(IngestFrame.HeaderBytes + 640 + 4), at);
            IngestFrame.Parse(message, _packets);
            foreach (var packet in _packets)
                await _session!.AcceptPcm16Async(packet.ParticipantIndex == 0 ? "a" : "b", packet.MediaTime, packet.Pcm, CancellationToken.None).ConfigureAwait(false);
        }
        return _session!.LateSamples;
    }

    private sealed class NullJournal : ISessionJournal
    {
        public ValueTask AppendAsync(string sessionId, SessionEvent e, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public Task<JournalReadResult> ReadAsync(string sessionId, CancellationToken cancellationToken) => Task.FromResult(JournalReadResult.Empty);
    }
}

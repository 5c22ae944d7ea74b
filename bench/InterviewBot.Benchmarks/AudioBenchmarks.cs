using BenchmarkDotNet.Attributes;
using InterviewBot.Core.Audio;
using InterviewBot.Core.Audio.Segmentation;
using InterviewBot.Core.Audio.Vad;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Benchmarks;

/// <summary>
/// The per-frame audio path for one speaker stream: voice activity and segmentation over 5 and 10 minutes
/// of 20 ms frames. Minutes of audio divided by the mean time is the × real-time figure; the allocation,
/// the same for both lengths, is the stream's one-off segment buffer — nothing is allocated per frame.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class AudioBenchmarks
{
    private AudioFrame[] _frames = [];
    private readonly List<SessionEvent> _events = new(1024);

    [Params(5, 10)]
    public int Minutes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        const int rate = AudioFrame.SampleRate;
        var samples = new float[rate * 60 * Minutes];
        var random = new Random(5);
        for (var i = 0; i < samples.Length; i++)
        {
            var t = (double)i / rate;
            var talking = (int)(t / 7) % 2 == 0; // seven seconds on, seven off
            samples[i] = (float)((talking ? 0.2 * Math.Sin(2 * Math.PI * 140 * t) * (0.7 + 0.3 * Math.Sin(2 * Math.PI * 4 * t)) : 0) + (random.NextDouble() - 0.5) * 0.003);
        }
        _frames = AudioFrames.Split("a", samples).ToArray();
    }

    [Benchmark(Description = "VAD + segmenter, one speaker stream")]
    public int Segment()
    {
        _events.Clear();
        var segmenter = new SpeechSegmenter("a", VoiceActivityOptions.Default);
        foreach (var frame in _frames) segmenter.Process(frame, _events);
        return _events.Count;
    }
}

using BenchmarkDotNet.Attributes;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.PostCall.Rendering;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Benchmarks;

/// <summary>The embedded post-call writer on a finished 60-minute interview: report alone, and report plus all five files.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class PostCallBenchmarks
{
    private InterviewSession _session = null!;
    private InterviewSession _real = null!;
    private readonly EmbeddedPostCallWriter _writer = new();

    [GlobalSetup]
    public void Setup()
    {
        _session = CoachFactory.CreateSession();
        foreach (var e in SampleData.LongReplay(60)) _session.Apply(e);
        // Real speech is longer-winded than the samples: a 38-minute research interview repeated to an hour.
        _real = CoachFactory.CreateSession();
        foreach (var e in SampleData.LongReplay(60, "pdpilot-p7.vtt", "real-interviews")) _real.Apply(e);
    }

    [Benchmark(Description = "60-min real interview: snapshot (facts, sections, email)")]
    public int RealReport() => _writer.Write(_real).Snapshot.Facts.Count;

    [Benchmark(Description = "60-min report (snapshot, scorecard, stats, email)")]
    public int Report() => _writer.Write(_session).Snapshot.QuickFacts.Count;

    [Benchmark(Description = "60-min report + render md/json/html/eml")]
    public int ReportAndFiles() => PostCallArtifacts.Render(_writer.Write(_session)).Sum(a => a.Content.Length);
}

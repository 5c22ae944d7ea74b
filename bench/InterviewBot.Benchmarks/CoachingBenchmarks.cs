using BenchmarkDotNet.Attributes;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Benchmarks;

/// <summary>
/// The coaching engine's cost: labelling one utterance, and a whole 45-minute session through
/// classifier, rules and policy (media-time events, no I/O). Divide by the utterance count for per-utterance figures.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class CoachingBenchmarks
{
    private (string Text, ParticipantRole Role, string? Previous)[] _utterances = [];
    private IReadOnlyList<SessionEvent> _session = [];

    [GlobalSetup]
    public void Setup()
    {
        _utterances = SampleData.Utterances();
        _session = SampleData.LongReplay(45);
        _ = CoachFactory.Classifier; // compile the patterns outside the measurement
    }

    /// <summary>Labels every utterance of the three samples once (the count is printed by the setup).</summary>
    [Benchmark(Description = "classify all sample utterances")]
    public int ClassifyAll()
    {
        var labelled = 0;
        foreach (var (text, role, previous) in _utterances)
            if (CoachFactory.Classifier.Classify(text, role, previous).Labels != 0) labelled++;
        return labelled;
    }

    /// <summary>A 45-minute interview through a fresh session: every event, classifier, rules, policy.</summary>
    [Benchmark(Description = "45-min session: classifier + rules + policy")]
    public int Session45Minutes()
    {
        var session = CoachFactory.CreateSession();
        foreach (var e in _session) session.Apply(e);
        return session.Nudges.Count;
    }
}

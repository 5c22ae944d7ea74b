using System.Diagnostics;
using System.Globalization;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Benchmarks.Decision;

/// <summary>
/// <c>decision</c>: how long the coach takes to decide once a phrase is final (COACHING.md §2: fresh or never) — applying
/// one <see cref="UtteranceFinal"/> to a live session: classifier, every rule, the policy. Every bundled sample and a
/// 45-minute interview are replayed in fresh sessions, <c>--rounds</c> times after one warm-up round; prints p50, p99
/// and max per phrase. The goal is p99 ≤ 1 ms. On a shared machine the wall clock also counts the time the thread
/// was not running, so a second line gives each phrase's best time over the rounds (the work itself, without waiting
/// for a core) and the load average the run saw.
/// </summary>
internal static class NudgeDecisionLoad
{
    private static readonly string[] s_samples = ["bakery-bad.vtt", "logistics-good.vtt", "clinic-mixed-zoom.vtt", "physio-case-study.vtt", "warehouse-dense-bad.vtt"];

    public static int Run(string[] args)
    {
        var rounds = args.Length >= 2 && args[0] == "--rounds" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var interviews = s_samples.Select(name =>
        {
            var t = SampleData.Load(name);
            return TranscriptSession.Events(t, "bench", new SessionSetup(PlannedMinutes: 30), TranscriptSession.Participants(t, null).Participants);
        }).Append(SampleData.LongReplay(45)).ToArray();

        Measure(interviews); // warm-up: JIT, regex compilation
        var perRound = new List<List<long>>();
        var nudges = 0;
        for (var r = 0; r < rounds; r++)
        {
            var ticks = new List<long>();
            nudges += Measure(interviews, ticks);
            perRound.Add(ticks);
        }

        var all = perRound.SelectMany(t => t).ToList();
        var best = Enumerable.Range(0, perRound[0].Count).Select(i => perRound.Min(t => t[i])).ToList();
        Console.WriteLine($"nudge decision after a final phrase: {all.Count} phrases over {rounds} rounds of {interviews.Length} interviews ({nudges / rounds} cards and updates per round)");
        Console.WriteLine("  wall clock, every phrase:   " + Describe(all));
        Console.WriteLine("  each phrase's best of rounds: " + Describe(best));
        if (File.Exists("/proc/loadavg")) Console.WriteLine($"  load average during the run: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");
        return 0;
    }

    private static string Describe(List<long> ticks)
    {
        ticks.Sort();
        double Us(long t) => t * 1_000_000.0 / Stopwatch.Frequency;
        double At(double p) => Us(ticks[Math.Clamp((int)Math.Ceiling(p * ticks.Count) - 1, 0, ticks.Count - 1)]);
        var p99 = At(0.99);
        return FormattableString.Invariant($"p50 {At(0.50):0.0} µs, p99 {p99:0.0} µs, max {Us(ticks[^1]):0.0} µs; goal p99 ≤ 1000 µs: {(p99 <= 1000 ? "met" : "NOT met")}");
    }

    private static int Measure(IReadOnlyList<SessionEvent>[] interviews, List<long>? ticks = null)
    {
        var nudges = 0;
        foreach (var events in interviews)
        {
            var session = CoachFactory.CreateSession();
            foreach (var e in events)
            {
                var start = Stopwatch.GetTimestamp();
                var step = session.Apply(e);
                var took = Stopwatch.GetTimestamp() - start;
                if (e is UtteranceFinal) ticks?.Add(took);
                if (step.Nudge is not null) nudges++;
            }
        }
        return nudges;
    }
}

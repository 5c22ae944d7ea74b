using System.Diagnostics;
using System.Globalization;
using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Classification.Model;
using InterviewBot.Core.Coaching.Normalisation;

namespace InterviewBot.Benchmarks.Coaching;

/// <summary>
/// Utterances per second on one thread: speech normalisation alone, the shipped classifier (normalisation, rules
/// and model), and a whole 45-minute session through classifier, nudge rules and policy. Prints figures; asserts nothing.
/// Run: dotnet run -c Release --project bench/InterviewBot.Benchmarks -- classifier
/// </summary>
internal static class ClassifierThroughput
{
    public static int Run(string[] args)
    {
        // One core, as the target says: the runtime's helper threads share it instead of borrowing another.
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Process.GetCurrentProcess().ProcessorAffinity = 1;
        var seconds = args.Length > 0 && double.TryParse(args[0], CultureInfo.InvariantCulture, out var s) ? s : 3;
        var utterances = SampleData.Utterances();
        var session = SampleData.LongReplay(45);
        var classifier = CoachFactory.Classifier;
        var model = (classifier as HybridClassifier)?.Model;
        Console.WriteLine($"model: {(model is null ? "none (rules only)" : $"{model.Labels.Count(l => l.Mode != LabelMode.Rules)} of {model.Labels.Count} labels use it")}");
        Console.WriteLine($"{utterances.Length} sample utterances (avg {utterances.Average(u => u.Text.Length):0} chars), one thread, {seconds:0} s warm-up then {seconds:0} s per figure");

        Report("normalisation", seconds, utterances.Length, () =>
        {
            foreach (var (text, _, _) in utterances) SpeechNormaliser.Normalise(text);
        });
        Report("normalisation + rules + model (classify)", seconds, utterances.Length, () =>
        {
            foreach (var (text, role, previous) in utterances) classifier.Classify(text, role, previous);
        });
        var count = 0;
        var perSession = CountUtterances(session);
        Report("45-min session: classify + nudge rules + policy", seconds, perSession, () =>
        {
            var live = CoachFactory.CreateSession();
            foreach (var e in session) live.Apply(e);
            count = live.Nudges.Count;
        });
        Console.WriteLine($"(45-min session: {perSession} utterances, {count} nudges)");
        return 0;
    }

    private static int CountUtterances(IReadOnlyList<InterviewBot.Core.Sessions.Events.SessionEvent> events)
    {
        var live = CoachFactory.CreateSession();
        foreach (var e in events) live.Apply(e);
        return live.Utterances.Count;
    }

    private static void Report(string what, double seconds, int perRound, Action round)
    {
        // Warm-up as long as the measurement: JIT tiers, regex construction, the rule automata and the model load are
        // start-up costs, and on a shared core tiered compilation takes seconds to reach the code a running coach has.
        var warm = Stopwatch.GetTimestamp();
        do round();
        while (Stopwatch.GetElapsedTime(warm).TotalSeconds < seconds);
        var rounds = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(start).TotalSeconds < seconds)
        {
            round();
            rounds++;
        }
        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        process.Refresh();
        // On a shared machine the wall clock counts other programs' turns on the core; CPU time counts only ours.
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        var n = rounds * perRound;
        Console.WriteLine($"{what,-50} {n / elapsed,10:0} utterances/s wall, {n / cpu,10:0} per CPU-second ({cpu * 1e6 / n:0.0} µs CPU each)");
    }
}

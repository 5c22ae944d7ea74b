using System.Diagnostics;
using System.Globalization;
using InterviewBot.Core.Synthesis;

namespace InterviewBot.Benchmarks.Synthesis;

/// <summary>
/// <c>synthesis</c>: how long <c>synthesize</c> takes over 50 interviews (issue 21: under 2 s). The evidence is
/// generated deterministically: 50 interviews of 100 clauses each (as many as a snapshot's picks plus the
/// interviewee's transcript parts give for a real 30-minute interview), drawn from 24 topics so that real themes form, in the size and wording of real snapshot
/// clauses. Times the whole Core step (grouping, themes, tree, disagreements) plus the md/json/html renderers,
/// <c>--rounds</c> times after one warm-up; prints the median and the best, and the load average.
/// </summary>
internal static class SynthesisLoad
{
    private static readonly string[] s_topics =
    [
        "invoice reconciliation", "supplier payment", "shift schedule", "stock count", "delivery route", "customer refund", "oven maintenance",
        "staff training", "expense report", "tax filing", "warehouse labels", "order tracking", "quality inspection", "patient intake",
        "appointment booking", "claim appeal", "decision letter", "service officer", "plot highlighting", "feature importance", "scatter chart",
        "model validation", "data export", "password reset",
    ];

    private static readonly string[] s_frames =
    [
        "We do the {0} by hand every week and it takes {1} hours.", "The {0} is confusing and I never know what comes next.",
        "Honestly the {0} part is really helpful for the team.", "I wish the {0} could happen without {1} phone calls.",
        "Last month the {0} went wrong {1} times, which was frustrating.", "Our manager checks the {0} on a spreadsheet, about {1} rows.",
        "I would love a simpler {0} on my phone.", "For the {0} we still use paper forms and a shared folder.",
    ];

    /// <summary>Clauses per interview: the snapshot's picks plus the interviewee's transcript parts (a real 30-minute interview gives 60–110).</summary>
    private const int PerInterview = 100;

    public static int Run(string[] args)
    {
        var rounds = args.Length >= 2 && args[0] == "--rounds" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        var interviews = Interviews(50, PerInterview);
        var clauses = interviews.Sum(i => i.Clauses.Count);
        var (themes, leads) = Measure(interviews); // warm-up: JIT, regex compilation
        var ms = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            var watch = Stopwatch.StartNew();
            Measure(interviews);
            ms.Add(watch.Elapsed.TotalMilliseconds);
        }
        ms.Sort();
        var median = ms[ms.Count / 2];
        Console.WriteLine(FormattableString.Invariant($"synthesize over {interviews.Count} interviews ({clauses} clauses): {themes} themes, {leads} leads"));
        Console.WriteLine(FormattableString.Invariant($"  grouping + themes + tree + md/json/html: median {median:0} ms, best {ms[0]:0} ms over {rounds} rounds; goal < 2000 ms: {(median < 2000 ? "met" : "NOT met")}"));
        if (File.Exists("/proc/loadavg")) Console.WriteLine($"  load average during the run: {File.ReadAllText("/proc/loadavg").Split(' ')[0]} on {Environment.ProcessorCount} cores");
        return 0;
    }

    private static (int Themes, int Leads) Measure(IReadOnlyList<InterviewEvidence> interviews)
    {
        var result = Synthesizer.Synthesize(interviews);
        _ = SynthesisMarkdown.Render(result).Length + SynthesisJson.Render(result).Length + SynthesisHtml.Render(result).Length;
        return (result.Themes.Count, result.Leads.Count);
    }

    /// <summary>The same interviews on every run: a fixed linear congruential generator picks topics, frames and numbers.</summary>
    internal static List<InterviewEvidence> Interviews(int count, int clausesEach)
    {
        var state = 2026u;
        uint Next() => state = state * 1664525 + 1013904223;
        string[] kinds = ["insight", "opportunity", "complaint", "fact"];
        return Enumerable.Range(1, count).Select(n =>
        {
            var clauses = Enumerable.Range(0, clausesEach).Select(i =>
            {
                var topic = s_topics[(Next() >> 8) % (uint)s_topics.Length];
                var frame = s_frames[(Next() >> 8) % (uint)s_frames.Length];
                var kind = i < 5 ? kinds[0] : i < 10 ? kinds[1] : i < 15 ? kinds[2] : kinds[3];
                return new EvidenceClause(kind, string.Format(CultureInfo.InvariantCulture, frame, topic, 2 + (Next() >> 8) % 40), TimeSpan.FromSeconds(40 * i + 5));
            }).ToList();
            return new InterviewEvidence($"interview-{n:00}", clauses, []) { Goal = "Learn how small teams run their back office" };
        }).ToList();
    }
}

using System.Text.Json;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.Replay;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Transcripts;

namespace InterviewBot.Core.Tests.TestSupport;

/// <summary>The bundled sample interviews, replayed once per test run, with their expectations.</summary>
internal static class Samples
{
    public static readonly string[] Names = ["bakery-bad.vtt", "logistics-good.vtt", "clinic-mixed-zoom.vtt", "physio-case-study.vtt"];

    private static readonly Dictionary<string, (InterviewSession Session, PostCallReport Report)> s_cache = [];
    private static readonly Lock s_lock = new();

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    public static (InterviewSession Session, PostCallReport Report) Replayed(string name)
    {
        lock (s_lock)
        {
            if (s_cache.TryGetValue(name, out var cached)) return cached;
            var transcript = TranscriptParser.Parse(File.ReadAllText(PathOf(name)), name).Transcript!;
            var session = TranscriptReplay.Run(transcript, null, new SessionSetup(PlannedMinutes: 30)).Session!;
            var result = (session, new EmbeddedPostCallWriter().Write(session));
            s_cache[name] = result;
            return result;
        }
    }

    public static IReadOnlyList<string> MustInclude(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(PathOf("expectations.json")));
        return doc.RootElement.GetProperty(name).GetProperty("snapshot_must_include").EnumerateArray().Select(x => x.GetString()!).ToArray();
    }
}

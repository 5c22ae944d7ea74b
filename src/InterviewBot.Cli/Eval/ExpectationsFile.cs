using System.Globalization;
using System.Text.Json;
using InterviewBot.Core.Coaching.Evaluation;

namespace InterviewBot.Cli.Eval;

/// <summary>
/// Reads an <c>expectations.json</c>: per transcript file, the interviewer, planned minutes, the nudges
/// that must fire (kind and "mm:ss") and must not (a kind anywhere, or a kind near a time).
/// </summary>
internal static class ExpectationsFile
{
    public static (IReadOnlyList<ScenarioExpectations> Scenarios, string? Error) Parse(string json, string source)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return ([], $"{source}: expected an object keyed by transcript file name");
            var list = new List<ScenarioExpectations>();
            foreach (var file in doc.RootElement.EnumerateObject())
            {
                var e = file.Value;
                list.Add(new ScenarioExpectations(
                    file.Name,
                    OptionalString(e, "interviewer"),
                    e.TryGetProperty("planned_minutes", out var pm) && pm.ValueKind == JsonValueKind.Number ? pm.GetInt32() : null,
                    Nudges(e, "must_nudge", file.Name),
                    Nudges(e, "must_not_nudge", file.Name),
                    e.TryGetProperty("snapshot_must_include", out var inc) ? inc.EnumerateArray().Select(x => x.GetString() ?? "").ToArray() : []));
            }
            return (list, null);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            return ([], $"{source}: {ex.Message}");
        }
    }

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static List<ExpectedNudge> Nudges(JsonElement e, string name, string file)
    {
        var list = new List<ExpectedNudge>();
        if (!e.TryGetProperty(name, out var array)) return list;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                list.Add(new ExpectedNudge(item.GetString()!, null, "never"));
                continue;
            }
            var kind = OptionalString(item, "nudge") ?? throw new FormatException($"{file}: {name} entry without \"nudge\"");
            var around = OptionalString(item, "around");
            list.Add(new ExpectedNudge(kind, around is null ? null : ParseClock(around, file), OptionalString(item, "why") ?? ""));
        }
        return list;
    }

    private static TimeSpan ParseClock(string text, string file) =>
        TimeSpan.TryParseExact(text, [@"mm\:ss", @"m\:ss", @"h\:mm\:ss", @"mm\:ss\.FFF", @"m\:ss\.FFF", @"h\:mm\:ss\.FFF"], CultureInfo.InvariantCulture, out var t)
            ? t
            : throw new FormatException($"{file}: \"around\" must be mm:ss (or mm:ss.fff), found '{text}'");
}

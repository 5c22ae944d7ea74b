using System.Text.Json;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Training.Corpus;

/// <summary>
/// Reads labelled utterances (JSON lines: id, role, text, context, labels, contested, study, source). Bad lines
/// come back as "path:line: why"; the caller decides whether any error stops it.
/// </summary>
public static class CorpusReader
{
    public static (IReadOnlyList<LabelledUtterance> Items, IReadOnlyList<string> Errors) Parse(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<LabelledUtterance>();
        var errors = new List<string>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = i == 0 ? lines[i].TrimStart('\uFEFF') : lines[i];
            if (line.Trim().Length == 0) continue;
            try
            {
                items.Add(ParseLine(line));
            }
            catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                errors.Add($"{path}:{i + 1}: {ex.Message}");
            }
        }
        return (items, errors);
    }

    private static LabelledUtterance ParseLine(string line)
    {
        using var doc = JsonDocument.Parse(line);
        var r = doc.RootElement;
        var id = r.GetProperty("id").GetString() is { Length: > 0 } s ? s : throw new FormatException("expected a non-empty \"id\"");
        var role = r.GetProperty("role").GetString() switch
        {
            "interviewer" => ParticipantRole.Interviewer,
            "interviewee" => ParticipantRole.Interviewee,
            var x => throw new FormatException($"{id}: expected \"role\" interviewer or interviewee, found \"{x}\""),
        };
        var text = r.GetProperty("text").GetString() ?? throw new FormatException($"{id}: expected a string \"text\"");
        var context = Optional(r, "context");
        return new LabelledUtterance(id, role, text, string.IsNullOrWhiteSpace(context) ? null : context,
            Labels(r, "labels", id), Labels(r, "contested", id), Optional(r, "study") ?? Optional(r, "source"));
    }

    private static UtteranceLabels Labels(JsonElement r, string name, string id)
    {
        if (!r.TryGetProperty(name, out var p) || p.ValueKind != JsonValueKind.Array) return UtteranceLabels.None;
        var set = UtteranceLabels.None;
        foreach (var x in p.EnumerateArray())
        {
            var label = x.GetString() ?? "";
            if (LabelIds.TryParseLabel(label, out var l)) set |= l;
            // "contested" lists tags too (the passes tagged as well); tags are not modelled, so a contested tag changes nothing here.
            else if (!(name == "contested" && LabelIds.TryParseTag(label, out _))) throw new FormatException($"{id}: unknown label '{label}' in \"{name}\"");
        }
        return set;
    }

    private static string? Optional(JsonElement r, string name) =>
        r.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String && p.GetString() is { Length: > 0 } s ? s : null;
}

using System.Text.Json;

namespace InterviewBot.Core.Transcripts.Jsonl;

/// <summary>
/// Reads a transcript written one utterance per line:
/// <c>{"speaker": "Name", "start": 1.2, "end": 3.4, "text": "..."}</c> (times in seconds).
/// </summary>
public static class JsonlTranscriptParser
{
    public static TranscriptReadResult Parse(string content, string source)
    {
        ArgumentNullException.ThrowIfNull(content);
        var cues = new List<TranscriptCue>();
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = i == 0 ? lines[i].TrimStart('\uFEFF') : lines[i];
            if (line.Trim().Length == 0) continue;
            var cue = ReadLine(line, i + 1, out var error);
            if (cue is null) return TranscriptReadResult.Failure(source, i + 1, error);
            cues.Add(cue);
        }
        if (cues.Count == 0)
            return TranscriptReadResult.Failure(source, 0, "no utterances found; expected one JSON object per line");
        var ordered = cues.OrderBy(c => c.Start).ThenBy(c => c.Line).ToArray();
        return TranscriptReadResult.Success(new Transcript(source, TranscriptFormat.Jsonl, ordered));
    }

    private static TranscriptCue? ReadLine(string line, int lineNumber, out string error)
    {
        error = "";
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            error = $"invalid JSON ({ex.Message}); expected an object like {{\"speaker\":\"…\",\"start\":0.0,\"end\":1.0,\"text\":\"…\"}}";
            return null;
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}";
                return null;
            }
            if (!TryString(root, "speaker", out var speaker, out error)
                || !TryString(root, "text", out var text, out error)
                || !TrySeconds(root, "start", out var start, out error)
                || !TrySeconds(root, "end", out var end, out error))
                return null;
            if (end < start)
            {
                error = $"\"end\" ({end.TotalSeconds}) is before \"start\" ({start.TotalSeconds})";
                return null;
            }
            return new TranscriptCue(speaker.Trim(), start, end, text.Trim(), lineNumber);
        }
    }

    private static bool TryString(JsonElement root, string name, out string value, out string error)
    {
        value = "";
        error = "";
        if (!root.TryGetProperty(name, out var p) || p.ValueKind != JsonValueKind.String || p.GetString()!.Trim().Length == 0)
        {
            error = $"expected a non-empty string \"{name}\"";
            return false;
        }
        value = p.GetString()!;
        return true;
    }

    private static bool TrySeconds(JsonElement root, string name, out TimeSpan value, out string error)
    {
        value = default;
        error = "";
        if (!root.TryGetProperty(name, out var p) || p.ValueKind != JsonValueKind.Number || !p.TryGetDouble(out var seconds)
            || !double.IsFinite(seconds) || seconds < 0 || seconds > TimeSpan.FromDays(1).TotalSeconds)
        {
            error = $"expected \"{name}\" as a number of seconds between 0 and 86400";
            return false;
        }
        value = TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));
        return true;
    }
}

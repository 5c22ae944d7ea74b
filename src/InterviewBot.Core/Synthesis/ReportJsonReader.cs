using System.Text.Json;

namespace InterviewBot.Core.Synthesis;

/// <summary>Reads the snapshot sections and the interviewee's transcript lines a synthesis needs back from a written <c>report.json</c> (docs/report-schema.md).</summary>
public static class ReportJsonReader
{
    private static readonly (string Section, string Kind)[] Sections =
    [
        ("key_insights", "insight"), ("opportunities", "opportunity"), ("complaints", "complaint"), ("emotions", "emotion"), ("quick_facts", "fact"),
    ];

    /// <summary>The interview's evidence, or why the file cannot be read as a report.</summary>
    public static (InterviewEvidence? Evidence, string? Error) Read(string interview, string json, string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("snapshot", out var snapshot) || snapshot.ValueKind != JsonValueKind.Object)
                return (null, $"{path}: not an InterviewBot report (no \"snapshot\" object)");
            var clauses = new List<EvidenceClause>();
            foreach (var (section, kind) in Sections)
            {
                var (read, error) = Quotes(snapshot, section, kind, path);
                if (error is not null) return (null, error);
                clauses.AddRange(read);
            }
            var (said, saidError) = Transcript(root, path);
            if (saidError is not null) return (null, saidError);
            var interviewer = root.TryGetProperty("interviewer", out var who) && who.ValueKind == JsonValueKind.String ? who.GetString() : null;
            clauses.AddRange(SaidClauses.Select(said, interviewer, clauses));
            var (alternatives, altError) = Quotes(snapshot, "alternatives", "alternative", path);
            if (altError is not null) return (null, altError);
            var goal = root.TryGetProperty("setup", out var setup) && setup.ValueKind == JsonValueKind.Object
                && setup.TryGetProperty("goal", out var g) && g.ValueKind == JsonValueKind.String ? g.GetString() : null;
            return (new InterviewEvidence(interview, clauses, alternatives) { Goal = goal }, null);
        }
        catch (JsonException ex)
        {
            return (null, $"{path}: not valid JSON ({ex.Message})");
        }
    }

    /// <summary>The transcript's lines, speaker, words and time.</summary>
    private static (List<(string Speaker, string Text, TimeSpan At)> Lines, string? Error) Transcript(JsonElement root, string path)
    {
        var said = new List<(string, string, TimeSpan)>();
        if (!root.TryGetProperty("transcript", out var transcript)) return (said, null);
        if (transcript.ValueKind != JsonValueKind.Array) return (said, $"{path}: transcript is not an array");
        foreach (var q in transcript.EnumerateArray())
        {
            if (q.ValueKind != JsonValueKind.Object || !q.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String
                || !q.TryGetProperty("at_seconds", out var at) || at.ValueKind != JsonValueKind.Number)
                return (said, $"{path}: transcript has a line without \"text\" and \"at_seconds\"");
            var speaker = q.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "";
            said.Add((speaker, text.GetString()!, TimeSpan.FromSeconds(at.GetDouble())));
        }
        return (said, null);
    }

    private static (List<EvidenceClause> Quotes, string? Error) Quotes(JsonElement snapshot, string section, string kind, string path)
    {
        var list = new List<EvidenceClause>();
        if (!snapshot.TryGetProperty(section, out var array)) return (list, null);
        if (array.ValueKind != JsonValueKind.Array) return (list, $"{path}: snapshot.{section} is not an array");
        foreach (var q in array.EnumerateArray())
        {
            if (q.ValueKind != JsonValueKind.Object || !q.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String
                || !q.TryGetProperty("at_seconds", out var at) || at.ValueKind != JsonValueKind.Number)
                return (list, $"{path}: snapshot.{section} has a quote without \"text\" and \"at_seconds\"");
            list.Add(new EvidenceClause(kind, text.GetString()!, TimeSpan.FromSeconds(at.GetDouble())));
        }
        return (list, null);
    }
}

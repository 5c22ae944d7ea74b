using System.Text.Json;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Cli.Analyze;

/// <summary>
/// One line of an <c>analyze</c> or <c>eval</c> input file: <c>{"id", "role", "text", "context"?}</c>, plus the
/// gold <c>"labels"</c> and <c>"tags"</c> when the line comes from an evaluation set.
/// </summary>
internal sealed record AnalyzeInput(string Id, ParticipantRole Role, string Text, string? Context, IReadOnlyList<string> Labels, IReadOnlyList<string> Tags)
{
    /// <summary>Reads every non-blank line of a file's text; bad lines come back as "path:line: why" and do not stop the rest.</summary>
    public static (IReadOnlyList<AnalyzeInput> Inputs, IReadOnlyList<string> Errors) ReadAll(string text, string path)
    {
        var inputs = new List<AnalyzeInput>();
        var errors = new List<string>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = i == 0 ? lines[i].TrimStart('\uFEFF') : lines[i];
            if (line.Trim().Length == 0) continue;
            if (Parse(line, out var error) is { } input) inputs.Add(input);
            else errors.Add($"{path}:{i + 1}: {error}");
        }
        return (inputs, errors);
    }

    /// <summary>Reads one line; on failure says what was expected.</summary>
    public static AnalyzeInput? Parse(string line, out string error)
    {
        error = "";
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            error = $"invalid JSON ({ex.Message}); expected {{\"id\":\"…\",\"role\":\"interviewer|interviewee\",\"text\":\"…\"}}";
            return null;
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "expected a JSON object";
                return null;
            }
            var id = StringOf(root, "id");
            var role = StringOf(root, "role");
            var text = StringOf(root, "text");
            if (string.IsNullOrWhiteSpace(id)) error = "expected a non-empty string \"id\"";
            else if (text is null) error = "expected a string \"text\"";
            else if (role is not ("interviewer" or "interviewee")) error = $"expected \"role\" to be \"interviewer\" or \"interviewee\", found {(role is null ? "nothing" : $"\"{role}\"")}";
            if (error.Length > 0) return null;
            var parsedRole = role == "interviewer" ? ParticipantRole.Interviewer : ParticipantRole.Interviewee;
            return new AnalyzeInput(id!, parsedRole, text!, StringOf(root, "context"), Ids(root, "labels"), Ids(root, "tags"));
        }
    }

    private static string[] Ids(JsonElement root, string name) =>
        root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToArray()
            : [];

    private static string? StringOf(JsonElement root, string name) =>
        root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}

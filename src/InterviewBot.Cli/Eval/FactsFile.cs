using System.Text.Json;
using InterviewBot.Core.PostCall.Snapshot.Evaluation;

namespace InterviewBot.Cli.Eval;

/// <summary>Reads a <c>facts/NAME.json</c>: the interview file, the interviewee, and the listed facts with their terms.</summary>
internal static class FactsFile
{
    public sealed record Facts(string Interview, string Interviewee, IReadOnlyList<ListedFact> List);

    public static (Facts? Facts, string? Error) Parse(string json, string source)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var interview = root.GetProperty("interview").GetString();
            var interviewee = root.GetProperty("interviewee").GetString();
            if (string.IsNullOrWhiteSpace(interview) || string.IsNullOrWhiteSpace(interviewee))
                return (null, $"{source}: \"interview\" and \"interviewee\" must be non-empty strings");
            var list = new List<ListedFact>();
            foreach (var f in root.GetProperty("facts").EnumerateArray())
            {
                var terms = f.GetProperty("terms").EnumerateArray().Select(t => t.GetString() ?? "").Where(t => t.Length > 0).ToArray();
                if (terms.Length == 0) return (null, $"{source}: fact {list.Count + 1} has no terms");
                list.Add(new ListedFact(f.GetProperty("class").GetString() ?? "", f.GetProperty("fact").GetString() ?? "", terms));
            }
            return (new Facts(interview, interviewee, list), null);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (null, $"{source}: expected {{\"interview\", \"interviewee\", \"facts\": [{{\"class\", \"fact\", \"terms\": [...]}}]}} ({ex.Message})");
        }
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewBot.Cli.Output;

/// <summary>One line of <c>nudges.jsonl</c>: when (seconds of media time), which nudge, who, the quoted words, why, and what to say.</summary>
internal sealed record NudgeLine(
    [property: JsonPropertyName("time")] double Time,
    [property: JsonPropertyName("nudge")] string Nudge,
    [property: JsonPropertyName("speaker")] string Speaker,
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("suggestion")] string Suggestion,
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("moment")] double Moment,
    [property: JsonPropertyName("updates"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Updates,
    [property: JsonPropertyName("count"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] int Count);

/// <summary>One line of <c>utterances.jsonl</c>: an utterance with its speaker, role and coaching labels.</summary>
internal sealed record UtteranceLine(
    [property: JsonPropertyName("start")] double Start,
    [property: JsonPropertyName("end")] double End,
    [property: JsonPropertyName("speaker")] string Speaker,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags);

/// <summary>One line of <c>analyze</c> output: the input id and the labels and tags found.</summary>
internal sealed record AnalyzeLine(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("labels")] IReadOnlyList<string> Labels,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags);

[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(NudgeLine))]
[JsonSerializable(typeof(UtteranceLine))]
[JsonSerializable(typeof(AnalyzeLine))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>Output files are read by people too: quotes and accents stay as written ("don't", "café"), not \u escapes.</summary>
    private static CliJsonContext? s_readable;

    public static CliJsonContext Readable => s_readable ??= new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}

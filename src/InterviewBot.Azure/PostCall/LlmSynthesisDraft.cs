using System.Text.Json.Serialization;

namespace InterviewBot.Azure.PostCall;

/// <summary>What the model is asked to return: a name, the groups merged and the chosen quotes for each theme, nothing else.</summary>
internal sealed record LlmSynthesisDraft([property: JsonPropertyName("themes")] IReadOnlyList<LlmThemeDraft>? Themes);

/// <summary>One theme as the model proposes it: the group numbers it merges (1 for G1) and its verbatim quotes.</summary>
internal sealed record LlmThemeDraft(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("groups")] IReadOnlyList<int>? Groups,
    [property: JsonPropertyName("quotes")] IReadOnlyList<string>? Quotes);

[JsonSerializable(typeof(LlmSynthesisDraft))]
internal sealed partial class LlmSynthesisJsonContext : JsonSerializerContext;

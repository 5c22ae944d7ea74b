using System.Text.Json.Serialization;

namespace InterviewBot.Azure.PostCall;

/// <summary>What the model is asked to return for one chunk of transcript: choices of verbatim quotes, nothing else.</summary>
internal sealed record LlmSnapshotDraft(
    [property: JsonPropertyName("memorable_quote")] string? MemorableQuote,
    [property: JsonPropertyName("key_insights")] IReadOnlyList<string>? KeyInsights,
    [property: JsonPropertyName("opportunities")] IReadOnlyList<string>? Opportunities,
    [property: JsonPropertyName("context_quote")] string? ContextQuote,
    [property: JsonPropertyName("email_takeaways")] IReadOnlyList<string>? EmailTakeaways,
    [property: JsonPropertyName("summary")] IReadOnlyList<string>? Summary = null);

[JsonSerializable(typeof(LlmSnapshotDraft))]
internal sealed partial class LlmJsonContext : JsonSerializerContext;

using System.Text.Json.Serialization;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Serialization;

/// <summary>Source-generated JSON for everything the core writes: journal lines and their parts.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowOutOfOrderMetadataProperties = true,
    UseStringEnumConverter = true,
    Converters = [typeof(MediaSecondsConverter), typeof(UtteranceLabelsConverter), typeof(StructureTagsConverter)])]
[JsonSerializable(typeof(SessionEvent))]
internal sealed partial class CoreJsonContext : JsonSerializerContext;

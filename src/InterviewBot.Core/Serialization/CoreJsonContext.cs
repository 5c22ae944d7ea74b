using System.Text.Encodings.Web;
using System.Text.Json;
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
[JsonSerializable(typeof(InterviewBot.Core.Ports.PostCallState))]
internal sealed partial class CoreJsonContext : JsonSerializerContext
{
    /// <summary>Journal lines keep quotes and accents as spoken ("don't", "café") instead of \u escapes; they are still valid JSON.</summary>
    // Built on first use: the generated Default is initialised in another part of this class, in no guaranteed order.
    private static CoreJsonContext? s_readable;

    public static CoreJsonContext Readable => s_readable ??= new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}

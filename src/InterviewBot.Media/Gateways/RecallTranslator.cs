using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewBot.Media.Gateways;

/// <summary>
/// Recall.ai: <c>audio_separate_raw.data</c> events carry one participant's base64 S16LE 16 kHz mono buffer,
/// the participant (id, name, host) and a timestamp relative to the start of the recording (media time).
/// </summary>
public sealed class RecallTranslator : IGatewayTranslator
{
    public string Name => "recall";

    public (GatewayAudio? Audio, string? Error) Translate(ReadOnlySpan<byte> message, DateTimeOffset sessionStarted)
    {
        RecallEvent? e;
        try
        {
            e = JsonSerializer.Deserialize(message, GatewayJsonContext.Default.RecallEvent);
        }
        catch (JsonException ex)
        {
            return (null, $"not a Recall.ai event: {ex.Message}");
        }
        if (e?.Event != "audio_separate_raw.data") return (null, null);
        if (e.Data?.Data is not { Participant: { } p } audio) return (null, "an audio_separate_raw.data event needs data.data.participant");
        var (samples, error) = Pcm16.FromBase64(audio.Buffer);
        if (samples is null) return (null, error);
        var relative = audio.Timestamp?.Relative ?? 0;
        if (double.IsNaN(relative) || relative < 0) return (null, "timestamp.relative must be a non-negative number of seconds");
        return (new GatewayAudio($"recall:{p.Id.ToString(CultureInfo.InvariantCulture)}", p.Name, p.IsHost, TimeSpan.FromSeconds(relative), samples), null);
    }
}

internal sealed record RecallEvent(string? Event, RecallEventData? Data);

internal sealed record RecallEventData(RecallAudio? Data);

internal sealed record RecallAudio(string? Buffer, RecallTimestamp? Timestamp, RecallParticipant? Participant);

internal sealed record RecallTimestamp(double? Relative, string? Absolute);

internal sealed record RecallParticipant(long Id, string? Name, [property: JsonPropertyName("is_host")] bool? IsHost);

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(AttendeeMessage))]
[JsonSerializable(typeof(RecallEvent))]
internal sealed partial class GatewayJsonContext : JsonSerializerContext;

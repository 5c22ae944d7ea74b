using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewBot.Media.Gateways;

/// <summary>
/// attendee (open-source meeting bot): <c>realtime_audio.per_participant</c> messages carry a participant's
/// base64 PCM16 chunk stamped with the wall clock at send (<c>timestamp_ms</c>); media time is that minus the
/// session's start. Mixed audio (<c>realtime_audio.mixed</c>) cannot be coached per speaker and is skipped.
/// </summary>
public sealed class AttendeeTranslator : IGatewayTranslator
{
    public string Name => "attendee";

    public (GatewayAudio? Audio, string? Error) Translate(ReadOnlySpan<byte> message, DateTimeOffset sessionStarted)
    {
        AttendeeMessage? m;
        try
        {
            m = JsonSerializer.Deserialize(message, GatewayJsonContext.Default.AttendeeMessage);
        }
        catch (JsonException ex)
        {
            return (null, $"not an attendee message: {ex.Message}");
        }
        if (m?.Trigger != "realtime_audio.per_participant") return (null, null);
        if (m.Data is not { ParticipantUuid: { Length: > 0 } uuid } data) return (null, "a per-participant audio message needs data.participant_uuid");
        if (data.SampleRate is { } rate && rate != 16000) return (null, $"sample_rate {rate} is not supported: ask attendee for 16000");
        var (samples, error) = Pcm16.FromBase64(data.Chunk);
        if (samples is null) return (null, error);
        var at = DateTimeOffset.FromUnixTimeMilliseconds(data.TimestampMs) - sessionStarted;
        return (new GatewayAudio($"attendee:{uuid}", null, null, at < TimeSpan.Zero ? TimeSpan.Zero : at, samples), null);
    }
}

internal sealed record AttendeeMessage(string? Trigger, [property: JsonPropertyName("bot_id")] string? BotId, AttendeeAudio? Data);

internal sealed record AttendeeAudio(
    [property: JsonPropertyName("participant_uuid")] string? ParticipantUuid,
    string? Chunk,
    [property: JsonPropertyName("timestamp_ms")] long TimestampMs,
    [property: JsonPropertyName("sample_rate")] int? SampleRate);

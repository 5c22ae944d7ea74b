using System.Text.Json;

namespace InterviewBot.Media.Gateways;

/// <summary>
/// attendee (open-source meeting bot): <c>realtime_audio.per_participant</c> messages carry a participant's
/// base64 PCM16 chunk stamped with the wall clock at send (<c>timestamp_ms</c>); media time is that minus the
/// session's start. Mixed audio (<c>realtime_audio.mixed</c>) cannot be coached per speaker and is skipped.
/// </summary>
/// <remarks>
/// Read with <see cref="Utf8JsonReader"/> straight from the receive buffer and decoded into the connection's
/// <see cref="GatewayChunk"/>: nothing is allocated per chunk. Messages are read as the JSON serializer would
/// (property names in any case, numbers also as strings, the last of a repeated property wins).
/// </remarks>
public sealed class AttendeeTranslator : IGatewayTranslator
{
    public string Name => "attendee";

    public bool Translate(ReadOnlySpan<byte> message, DateTimeOffset sessionStarted, GatewayChunk chunk, out string? refusal)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        try
        {
            return Read(message, sessionStarted, chunk, out refusal);
        }
        catch (JsonException ex)
        {
            refusal = $"not an attendee message: {ex.Message}";
            return false;
        }
    }

    private static bool Read(ReadOnlySpan<byte> message, DateTimeOffset sessionStarted, GatewayChunk chunk, out string? error)
    {
        error = null;
        var r = new Utf8JsonReader(message);
        GatewayJson.Value(ref r);
        if (!GatewayJson.ObjectOrNull(ref r, "a message"))
        {
            GatewayJson.End(ref r);
            return false;
        }
        var perParticipant = false;
        var data = new Data();
        while (GatewayJson.NextProperty(ref r))
        {
            switch (GatewayJson.Property(ref r, "trigger"u8, "data"u8))
            {
                case 0:
                    GatewayJson.StringOrNull(ref r, "trigger");
                    perParticipant = r.TokenType == JsonTokenType.String && r.ValueTextEquals("realtime_audio.per_participant"u8);
                    break;
                case 1:
                    data = ReadData(ref r);
                    break;
                default:
                    r.Skip();
                    break;
            }
        }
        GatewayJson.End(ref r);

        if (!perParticipant) return false;
        if (!data.Present || !data.HasUuid || data.Uuid.ValueSpan.IsEmpty)
        {
            error = "a per-participant audio message needs data.participant_uuid";
            return false;
        }
        if (data.SampleRate is { } rate && rate != 16000)
        {
            error = $"sample_rate {rate} is not supported: ask attendee for 16000";
            return false;
        }
        error = chunk.DecodePcm16(ref data.Chunk, data.HasChunk);
        if (error is not null) return false;
        var at = DateTimeOffset.FromUnixTimeMilliseconds(data.TimestampMs) - sessionStarted;
        chunk.Set(chunk.Text("attendee:"u8, ref data.Uuid)!, null, null, at < TimeSpan.Zero ? TimeSpan.Zero : at);
        return true;
    }

    private static Data ReadData(scoped ref Utf8JsonReader r)
    {
        var data = new Data();
        if (!GatewayJson.ObjectOrNull(ref r, "data")) return data;
        data.Present = true;
        while (GatewayJson.NextProperty(ref r))
        {
            switch (GatewayJson.Property(ref r, "participant_uuid"u8, "chunk"u8, "timestamp_ms"u8, "sample_rate"u8))
            {
                case 0:
                    GatewayJson.StringOrNull(ref r, "participant_uuid");
                    data.HasUuid = r.TokenType == JsonTokenType.String;
                    data.Uuid = r; // a copy of the reader on the value, read once the whole message is known to be audio
                    break;
                case 1:
                    GatewayJson.StringOrNull(ref r, "chunk");
                    data.HasChunk = r.TokenType == JsonTokenType.String;
                    data.Chunk = r;
                    break;
                case 2:
                    data.TimestampMs = GatewayJson.Int64(ref r, "timestamp_ms") ?? throw new JsonException("timestamp_ms must be an integer");
                    break;
                case 3:
                    data.SampleRate = GatewayJson.Int32(ref r, "sample_rate");
                    break;
                default:
                    r.Skip();
                    break;
            }
        }
        return data;
    }

    /// <summary>What a message's <c>data</c> held: readers left on the values that are read only for audio.</summary>
    private ref struct Data
    {
        public bool Present;
        public bool HasUuid;
        public Utf8JsonReader Uuid;
        public bool HasChunk;
        public Utf8JsonReader Chunk;
        public long TimestampMs;
        public int? SampleRate;
    }
}

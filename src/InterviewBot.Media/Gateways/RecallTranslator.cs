using System.Buffers.Text;
using System.Text.Json;

namespace InterviewBot.Media.Gateways;

/// <summary>
/// Recall.ai: <c>audio_separate_raw.data</c> events carry one participant's base64 S16LE 16 kHz mono buffer,
/// the participant (id, name, host) and a timestamp relative to the start of the recording (media time).
/// </summary>
/// <remarks>
/// Read with <see cref="Utf8JsonReader"/> straight from the receive buffer and decoded into the connection's
/// <see cref="GatewayChunk"/>: nothing is allocated per chunk (a participant's key and name become strings once).
/// </remarks>
public sealed class RecallTranslator : IGatewayTranslator
{
    public string Name => "recall";

    public bool Translate(ReadOnlySpan<byte> message, DateTimeOffset sessionStarted, GatewayChunk chunk, out string? refusal)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        try
        {
            return Read(message, chunk, out refusal);
        }
        catch (JsonException ex)
        {
            refusal = $"not a Recall.ai event: {ex.Message}";
            return false;
        }
    }

    private static bool Read(ReadOnlySpan<byte> message, GatewayChunk chunk, out string? error)
    {
        error = null;
        var r = new Utf8JsonReader(message);
        GatewayJson.Value(ref r);
        if (!GatewayJson.ObjectOrNull(ref r, "an event"))
        {
            GatewayJson.End(ref r);
            return false;
        }
        var isAudio = false;
        var audio = new Audio();
        while (GatewayJson.NextProperty(ref r))
        {
            switch (GatewayJson.Property(ref r, "event"u8, "data"u8))
            {
                case 0:
                    GatewayJson.StringOrNull(ref r, "event");
                    isAudio = r.TokenType == JsonTokenType.String && r.ValueTextEquals("audio_separate_raw.data"u8);
                    break;
                case 1:
                    audio = ReadEventData(ref r);
                    break;
                default:
                    r.Skip();
                    break;
            }
        }
        GatewayJson.End(ref r);

        if (!isAudio) return false;
        if (!audio.HasParticipant)
        {
            error = "an audio_separate_raw.data event needs data.data.participant";
            return false;
        }
        error = chunk.DecodePcm16(ref audio.Buffer, audio.HasBuffer);
        if (error is not null) return false;
        var relative = audio.Relative ?? 0;
        if (double.IsNaN(relative) || relative < 0)
        {
            error = "timestamp.relative must be a non-negative number of seconds";
            return false;
        }
        Span<byte> id = stackalloc byte[20];
        Utf8Formatter.TryFormat(audio.Id, id, out var digits);
        var name = audio.HasName ? chunk.Text([], ref audio.Name) : null;
        chunk.Set(chunk.Text("recall:"u8, id[..digits]), name, audio.IsHost, TimeSpan.FromSeconds(relative));
        return true;
    }

    /// <summary>The event's <c>data</c>: the audio is in its own <c>data</c>.</summary>
    private static Audio ReadEventData(scoped ref Utf8JsonReader r)
    {
        var audio = new Audio();
        if (!GatewayJson.ObjectOrNull(ref r, "data")) return audio;
        while (GatewayJson.NextProperty(ref r))
        {
            if (GatewayJson.Property(ref r, "data"u8) == 0) audio = ReadAudio(ref r);
            else r.Skip();
        }
        return audio;
    }

    private static Audio ReadAudio(scoped ref Utf8JsonReader r)
    {
        var audio = new Audio();
        if (!GatewayJson.ObjectOrNull(ref r, "data.data")) return audio;
        while (GatewayJson.NextProperty(ref r))
        {
            switch (GatewayJson.Property(ref r, "buffer"u8, "timestamp"u8, "participant"u8))
            {
                case 0:
                    GatewayJson.StringOrNull(ref r, "buffer");
                    audio.HasBuffer = r.TokenType == JsonTokenType.String;
                    audio.Buffer = r; // a copy of the reader on the value, decoded once the event is known to be audio
                    break;
                case 1:
                    audio.Relative = ReadRelative(ref r);
                    break;
                case 2:
                    ReadParticipant(ref r, ref audio);
                    break;
                default:
                    r.Skip();
                    break;
            }
        }
        return audio;
    }

    private static double? ReadRelative(ref Utf8JsonReader r)
    {
        double? relative = null;
        if (!GatewayJson.ObjectOrNull(ref r, "timestamp")) return null;
        while (GatewayJson.NextProperty(ref r))
        {
            switch (GatewayJson.Property(ref r, "relative"u8, "absolute"u8))
            {
                case 0:
                    relative = GatewayJson.Double(ref r, "timestamp.relative");
                    break;
                case 1:
                    GatewayJson.StringOrNull(ref r, "timestamp.absolute");
                    break;
                default:
                    r.Skip();
                    break;
            }
        }
        return relative;
    }

    private static void ReadParticipant(scoped ref Utf8JsonReader r, ref Audio audio)
    {
        audio.HasParticipant = GatewayJson.ObjectOrNull(ref r, "participant");
        audio.Id = 0;
        audio.HasName = false;
        audio.IsHost = null;
        if (!audio.HasParticipant) return;
        while (GatewayJson.NextProperty(ref r))
        {
            switch (GatewayJson.Property(ref r, "id"u8, "name"u8, "is_host"u8))
            {
                case 0:
                    audio.Id = GatewayJson.Int64(ref r, "participant.id") ?? throw new JsonException("participant.id must be an integer");
                    break;
                case 1:
                    GatewayJson.StringOrNull(ref r, "participant.name");
                    audio.HasName = r.TokenType == JsonTokenType.String;
                    audio.Name = r;
                    break;
                case 2:
                    audio.IsHost = GatewayJson.Boolean(ref r, "participant.is_host");
                    break;
                default:
                    r.Skip();
                    break;
            }
        }
    }

    /// <summary>What an event's <c>data.data</c> held: readers left on the values that are read only for audio.</summary>
    private ref struct Audio
    {
        public bool HasBuffer;
        public Utf8JsonReader Buffer;
        public double? Relative;
        public bool HasParticipant;
        public long Id;
        public bool HasName;
        public Utf8JsonReader Name;
        public bool? IsHost;
    }
}

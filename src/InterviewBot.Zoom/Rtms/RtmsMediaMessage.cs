using System.Buffers.Text;
using System.Text.Json;
using InterviewBot.Media.Gateways;

namespace InterviewBot.Zoom.Rtms;

/// <summary>What a media-socket message asked of the client.</summary>
internal enum RtmsMediaKind
{
    /// <summary>Nothing (another message type, or audio with a chunk that is not base64 PCM16: skipped, not fatal).</summary>
    Other,

    /// <summary>A keep-alive (12) to answer with 13 and its timestamp.</summary>
    KeepAlive,

    /// <summary>Audio (14) for one speaker, decoded into the connection's <see cref="GatewayChunk"/>.</summary>
    Audio,
}

/// <summary>
/// Reads one media-socket message with <see cref="Utf8JsonReader"/> straight from the receive buffer: audio (14)
/// is decoded into the connection's reusable <see cref="GatewayChunk"/> and the speaker's key and name come from
/// its recent strings, so the steady audio path allocates nothing. Property names are matched exactly, as
/// <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/> did; a missing field the protocol requires is
/// a <see cref="JsonException"/> (the socket is treated as broken and reopened).
/// </summary>
internal static class RtmsMediaMessage
{
    /// <summary>The keep-alive answer (13) for <paramref name="timestamp"/>, written into <paramref name="buffer"/> (64 bytes do): its length.</summary>
    public static int WriteKeepAliveAnswer(Span<byte> buffer, long timestamp)
    {
        var head = "{\"msg_type\":13,\"timestamp\":"u8;
        head.CopyTo(buffer);
        Utf8Formatter.TryFormat(timestamp, buffer[head.Length..], out var digits);
        buffer[head.Length + digits] = (byte)'}';
        return head.Length + digits + 1;
    }

    /// <summary>Reads <paramref name="message"/>; for a keep-alive <paramref name="keepAlive"/> is the timestamp to echo.</summary>
    public static RtmsMediaKind Read(ReadOnlySpan<byte> message, GatewayChunk chunk, RtmsStreamClock clock, out long keepAlive)
    {
        keepAlive = 0;
        var r = new Utf8JsonReader(message);
        if (!r.Read()) throw new JsonException("an empty message");
        if (r.TokenType != JsonTokenType.StartObject)
        {
            r.Skip();
            End(ref r);
            return RtmsMediaKind.Other;
        }
        var type = -1;
        long? timestamp = null;
        var hasContent = false;
        var content = default(Utf8JsonReader);
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var field = r.ValueTextEquals("msg_type"u8) ? 0 : r.ValueTextEquals("timestamp"u8) ? 1 : r.ValueTextEquals("content"u8) ? 2 : -1;
            r.Read();
            switch (field)
            {
                case 0:
                    type = r.TokenType == JsonTokenType.Number && r.TryGetInt32(out var t) ? t : -1;
                    break;
                case 1:
                    timestamp = r.TokenType == JsonTokenType.Number && r.TryGetInt64(out var ts) ? ts : null;
                    break;
                case 2:
                    hasContent = true;
                    content = r; // a copy of the reader on the value, read once the message is known to be audio
                    r.Skip();
                    break;
                default:
                    r.Skip();
                    break;
            }
        }
        End(ref r);
        switch (type)
        {
            case 12:
                keepAlive = timestamp ?? throw new JsonException("a keep-alive needs an integer timestamp");
                return RtmsMediaKind.KeepAlive;
            case 14 when hasContent:
                return ReadAudio(message, ref content, chunk, clock) ? RtmsMediaKind.Audio : RtmsMediaKind.Other;
            default:
                return RtmsMediaKind.Other;
        }
    }

    private static bool ReadAudio(ReadOnlySpan<byte> message, ref Utf8JsonReader r, GatewayChunk chunk, RtmsStreamClock clock)
    {
        if (r.TokenType != JsonTokenType.StartObject) throw new JsonException("content must be an object");
        var (userStart, userEnd) = (-1, -1);
        var hasName = false;
        var name = default(Utf8JsonReader);
        var hasData = false;
        var data = default(Utf8JsonReader);
        var hasTimestamp = false;
        long? timestamp = null;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            var field = r.ValueTextEquals("user_id"u8) ? 0 : r.ValueTextEquals("user_name"u8) ? 1 : r.ValueTextEquals("data"u8) ? 2 : r.ValueTextEquals("timestamp"u8) ? 3 : -1;
            r.Read();
            switch (field)
            {
                case 0:
                    // The key is the id's JSON text, as it always was (a number from Zoom; quotes kept if it is ever a string).
                    userStart = (int)r.TokenStartIndex;
                    r.Skip();
                    userEnd = (int)r.BytesConsumed;
                    break;
                case 1:
                    if (r.TokenType is not (JsonTokenType.String or JsonTokenType.Null)) throw new JsonException("content.user_name must be a string");
                    hasName = r.TokenType == JsonTokenType.String;
                    name = r;
                    break;
                case 2:
                    hasData = true;
                    data = r;
                    r.Skip();
                    break;
                case 3:
                    hasTimestamp = true;
                    timestamp = r.TokenType == JsonTokenType.Number && r.TryGetInt64(out var ts) ? ts : null;
                    break;
                default:
                    r.Skip();
                    break;
            }
        }
        if (userStart < 0) throw new JsonException("an audio message needs content.user_id");
        if (!hasData) throw new JsonException("an audio message needs content.data");
        if (chunk.DecodePcm16(ref data, present: true) is not null) return false; // a malformed chunk is skipped, not fatal
        if (!hasTimestamp || timestamp is not { } at) throw new JsonException("an audio message needs an integer content.timestamp");
        var speaker = hasName ? chunk.Text([], ref name) : null;
        chunk.Set(chunk.Text("zoom:"u8, message[userStart..userEnd]), speaker, null, clock.MediaTime(at));
        return true;
    }

    private static void End(ref Utf8JsonReader r)
    {
        if (r.Read()) throw new JsonException("more than one JSON value");
    }
}

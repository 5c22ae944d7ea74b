using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewBot.Media.Ingest;

/// <summary>A JSON control message of the ingest protocol: <c>start</c>, <c>participant-joined</c>, <c>participant-left</c>, <c>end</c>.</summary>
public sealed record ControlMessage
{
    public string? Type { get; init; }
    public AudioFormat? Format { get; init; }
    public IReadOnlyList<IngestParticipant>? Participants { get; init; }
    public IngestParticipant? Participant { get; init; }
    public int? Index { get; init; }

    /// <summary>Reads a text message; null with the reason when it is not a control message we know.</summary>
    public static (ControlMessage? Message, string? Error) Parse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var message = JsonSerializer.Deserialize(utf8, MediaJsonContext.Default.ControlMessage);
            return message?.Type is null ? (null, "a control message needs a \"type\"") : (message, null);
        }
        catch (JsonException ex)
        {
            return (null, $"not a control message: {ex.Message}");
        }
    }
}

/// <summary>The audio format a client declares in <c>start</c>; only 16 kHz mono PCM16 is accepted (doors convert).</summary>
public sealed record AudioFormat(string? Encoding, int SampleRate, int Channels);

/// <summary>A participant as the client numbers them: frames carry the index.</summary>
public sealed record IngestParticipant(int Index, string Id, string? Name, string? Role);

/// <summary>What the server says back on the socket: ready, an error, a nudge, an update of a nudge already sent, ended.</summary>
public sealed record ServerMessage(string Type)
{
    public string? SessionId { get; init; }
    public bool? Resumed { get; init; }
    public string? Message { get; init; }
    public string? Nudge { get; init; }
    public double? Time { get; init; }
    public string? Quote { get; init; }
    public string? Suggestion { get; init; }

    /// <summary>The session's number for this card (or update).</summary>
    public int? Id { get; init; }

    /// <summary>For an <c>update</c>: the id of the card it updates in place.</summary>
    public int? Updates { get; init; }

    /// <summary>For an <c>update</c>: how many times the card has fired.</summary>
    public int? Count { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ControlMessage))]
[JsonSerializable(typeof(ServerMessage))]
internal sealed partial class MediaJsonContext : JsonSerializerContext;

using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewBot.Core.Serialization;

/// <summary>Writes media time as seconds (a JSON number, millisecond precision) so files stay readable and tool-friendly.</summary>
public sealed class MediaSecondsConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var seconds) || !double.IsFinite(seconds))
            throw new JsonException("expected a time in seconds (a number)");
        return TimeSpan.FromMilliseconds(Math.Round(seconds * 1000.0));
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Math.Round(value.TotalSeconds, 3));
}

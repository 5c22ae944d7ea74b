using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewBot.Core.Coaching.Labels;

namespace InterviewBot.Core.Serialization;

/// <summary>Writes a label set as an array of its stable ids.</summary>
public sealed class UtteranceLabelsConverter : JsonConverter<UtteranceLabels>
{
    public override UtteranceLabels Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return LabelIds.ParseLabels(IdArray.Read(ref reader));
        }
        catch (FormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, UtteranceLabels value, JsonSerializerOptions options) =>
        IdArray.Write(writer, LabelIds.ToIds(value));
}

/// <summary>Writes a structure-tag set as an array of its stable ids.</summary>
public sealed class StructureTagsConverter : JsonConverter<StructureTags>
{
    public override StructureTags Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return LabelIds.ParseTags(IdArray.Read(ref reader));
        }
        catch (FormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, StructureTags value, JsonSerializerOptions options) =>
        IdArray.Write(writer, LabelIds.ToIds(value));
}

internal static class IdArray
{
    public static List<string> Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("expected an array of ids");
        var ids = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String) throw new JsonException("expected an id (a string)");
            ids.Add(reader.GetString()!);
        }
        return ids;
    }

    public static void Write(Utf8JsonWriter writer, IReadOnlyList<string> ids)
    {
        writer.WriteStartArray();
        foreach (var id in ids) writer.WriteStringValue(id);
        writer.WriteEndArray();
    }
}

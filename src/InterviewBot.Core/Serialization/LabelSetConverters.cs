using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewBot.Core.Coaching.Labels;

namespace InterviewBot.Core.Serialization;

/// <summary>Writes a label set as an array of its stable ids.</summary>
public sealed class UtteranceLabelsConverter : IdSetConverter<UtteranceLabels>
{
    protected override UtteranceLabels Parse(IReadOnlyList<string> ids) => LabelIds.ParseLabels(ids);

    protected override IReadOnlyList<string> ToIds(UtteranceLabels value) => LabelIds.ToIds(value);
}

/// <summary>Writes a structure-tag set as an array of its stable ids.</summary>
public sealed class StructureTagsConverter : IdSetConverter<StructureTags>
{
    protected override StructureTags Parse(IReadOnlyList<string> ids) => LabelIds.ParseTags(ids);

    protected override IReadOnlyList<string> ToIds(StructureTags value) => LabelIds.ToIds(value);
}

/// <summary>A flags set read and written as a JSON array of stable string ids; an unknown id is a JSON error.</summary>
public abstract class IdSetConverter<T> : JsonConverter<T>
{
    /// <summary>The set the ids name; throws <see cref="FormatException"/> on an unknown id.</summary>
    protected abstract T Parse(IReadOnlyList<string> ids);

    /// <summary>The ids of the set, in their stable order.</summary>
    protected abstract IReadOnlyList<string> ToIds(T value);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("expected an array of ids");
        var ids = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String) throw new JsonException("expected an id (a string)");
            ids.Add(reader.GetString()!);
        }
        try
        {
            return Parse(ids);
        }
        catch (FormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var id in ToIds(value)) writer.WriteStringValue(id);
        writer.WriteEndArray();
    }
}

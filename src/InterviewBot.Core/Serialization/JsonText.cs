using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace InterviewBot.Core.Serialization;

/// <summary>Writes a JSON document through a <see cref="Utf8JsonWriter"/> and returns it as text: the one place our hand-written files get their writer options.</summary>
public static class JsonText
{
    /// <summary>Indented, with non-ASCII text kept readable: the shape of the files people open (report, synthesis).</summary>
    public static readonly JsonWriterOptions Readable = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The text <paramref name="write"/> produces with <paramref name="options"/>.</summary>
    public static string Write(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, options)) write(w);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace InterviewBot.Media.Gateways;

/// <summary>
/// What the gateway readers need from <see cref="Utf8JsonReader"/> to read messages as the serializer did (property
/// names in any case, numbers also as strings) without building objects or strings for them.
/// </summary>
internal static class GatewayJson
{
    /// <summary>The reader is on a property name equal to <paramref name="name"/> (ASCII, any case).</summary>
    public static bool Is(ref Utf8JsonReader r, ReadOnlySpan<byte> name)
    {
        if (!r.ValueIsEscaped) return Ascii.EqualsIgnoreCase(r.ValueSpan, name);
        if (r.ValueSpan.Length > 256) return false;
        Span<byte> unescaped = stackalloc byte[256];
        return Ascii.EqualsIgnoreCase(unescaped[..r.CopyString(unescaped)], name);
    }

    /// <summary>Moves to the value of the property the reader is on.</summary>
    public static void Value(ref Utf8JsonReader r)
    {
        if (!r.Read()) throw new JsonException("a property has no value");
    }

    /// <summary>True for an object to read, false for null; anything else is not the message we expect.</summary>
    public static bool ObjectOrNull(ref Utf8JsonReader r, string what) => r.TokenType switch
    {
        JsonTokenType.StartObject => true,
        JsonTokenType.Null => false,
        _ => throw new JsonException($"{what} must be an object"),
    };

    /// <summary>The next property name in the object being read, false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader r) => r.Read() && r.TokenType == JsonTokenType.PropertyName;

    /// <summary>Checks that nothing follows the message's one value.</summary>
    public static void End(ref Utf8JsonReader r)
    {
        if (r.Read()) throw new JsonException("more than one JSON value");
    }

    public static long? Int64(ref Utf8JsonReader r, string what)
    {
        if (r.TokenType == JsonTokenType.Null) return null;
        if (r.TokenType == JsonTokenType.Number && r.TryGetInt64(out var n)) return n;
        Span<byte> text = stackalloc byte[64];
        scoped var token = r; // a copy the stack buffer may be lent to
        if (r.TokenType == JsonTokenType.String && Copy(ref token, text) is >= 0 and var length && Utf8Parser.TryParse(text[..length], out long s, out var used) && used == length) return s;
        throw new JsonException($"{what} must be an integer");
    }

    public static int? Int32(ref Utf8JsonReader r, string what) => Int64(ref r, what) switch
    {
        null => null,
        >= int.MinValue and <= int.MaxValue and var n => (int)n,
        _ => throw new JsonException($"{what} is out of range"),
    };

    public static double? Double(ref Utf8JsonReader r, string what)
    {
        if (r.TokenType == JsonTokenType.Null) return null;
        if (r.TokenType == JsonTokenType.Number && r.TryGetDouble(out var n)) return n;
        Span<byte> text = stackalloc byte[64];
        scoped var token = r; // a copy the stack buffer may be lent to
        if (r.TokenType == JsonTokenType.String && Copy(ref token, text) is >= 0 and var length && Utf8Parser.TryParse(text[..length], out double s, out var used) && used == length) return s;
        throw new JsonException($"{what} must be a number");
    }

    public static bool? Boolean(ref Utf8JsonReader r, string what) => r.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Null => null,
        _ => throw new JsonException($"{what} must be true or false"),
    };

    /// <summary>A string token that is null, or a string (checked, not read).</summary>
    public static void StringOrNull(ref Utf8JsonReader r, string what)
    {
        if (r.TokenType is not (JsonTokenType.String or JsonTokenType.Null)) throw new JsonException($"{what} must be a string");
    }

    /// <summary>The string token unescaped into <paramref name="buffer"/>: its length, or -1 when it does not fit.</summary>
    private static int Copy(scoped ref Utf8JsonReader r, Span<byte> buffer) => r.ValueSpan.Length > buffer.Length ? -1 : r.CopyString(buffer);
}

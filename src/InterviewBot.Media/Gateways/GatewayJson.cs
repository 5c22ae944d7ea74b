using System.Globalization;
using System.Numerics;
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
    private static bool Is(ref Utf8JsonReader r, ReadOnlySpan<byte> name)
    {
        if (!r.ValueIsEscaped) return Ascii.EqualsIgnoreCase(r.ValueSpan, name);
        if (r.ValueSpan.Length > 256) return false;
        Span<byte> unescaped = stackalloc byte[256];
        return Ascii.EqualsIgnoreCase(unescaped[..r.CopyString(unescaped)], name);
    }

    /// <summary>
    /// Reads the name of the property the reader is on, then moves to its value: which of the names it is (0 to 3,
    /// ASCII, any case), or -1 for a property the caller skips. Lets a reader's property loop be one switch.
    /// </summary>
    public static int Property(ref Utf8JsonReader r, ReadOnlySpan<byte> name0, ReadOnlySpan<byte> name1 = default, ReadOnlySpan<byte> name2 = default,
        ReadOnlySpan<byte> name3 = default)
    {
        var field = Is(ref r, name0) ? 0
            : !name1.IsEmpty && Is(ref r, name1) ? 1
            : !name2.IsEmpty && Is(ref r, name2) ? 2
            : !name3.IsEmpty && Is(ref r, name3) ? 3
            : -1;
        Value(ref r);
        return field;
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

    /// <summary>An integer, as a number or a string of one; null for a JSON null.</summary>
    public static long? Int64(ref Utf8JsonReader r, string what) => Number<long>(ref r, NumberStyles.AllowLeadingSign, what, "an integer");

    /// <summary>An integer that fits <see cref="int"/>, as <see cref="Int64"/> reads it.</summary>
    public static int? Int32(ref Utf8JsonReader r, string what) => Int64(ref r, what) switch
    {
        null => null,
        >= int.MinValue and <= int.MaxValue and var n => (int)n,
        _ => throw new JsonException($"{what} is out of range"),
    };

    /// <summary>A number, as a number or a string of one; null for a JSON null.</summary>
    public static double? Double(ref Utf8JsonReader r, string what) =>
        Number<double>(ref r, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, what, "a number");

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

    /// <summary>
    /// A number token, or a string token holding one (what the serializer's AllowReadingFromString takes), as
    /// <typeparamref name="T"/>. Number tokens must be finite, as <see cref="Utf8JsonReader.TryGetDouble"/> has it;
    /// the styles leave out white space, which the serializer refuses in a quoted number too.
    /// </summary>
    private static T? Number<T>(ref Utf8JsonReader r, NumberStyles styles, string what, string kind) where T : struct, INumberBase<T>
    {
        if (r.TokenType == JsonTokenType.Null) return null;
        if (r.TokenType == JsonTokenType.Number && T.TryParse(r.ValueSpan, styles, CultureInfo.InvariantCulture, out var n) && T.IsFinite(n)) return n;
        Span<byte> text = stackalloc byte[64];
        if (r.TokenType == JsonTokenType.String && r.ValueSpan.Length <= text.Length
            && T.TryParse(text[..r.CopyString(text)], styles, CultureInfo.InvariantCulture, out var s)) return s;
        throw new JsonException($"{what} must be {kind}");
    }
}

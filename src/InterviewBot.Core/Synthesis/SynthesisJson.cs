using System.Text.Json;
using InterviewBot.Core.Serialization;

namespace InterviewBot.Core.Synthesis;

/// <summary>Renders <c>synthesis.json</c> field by field, so a rename in code cannot silently change the file.</summary>
public static class SynthesisJson
{
    /// <summary>Version of the file's shape.</summary>
    public const int SchemaVersion = 1;

    /// <summary>The JSON for <paramref name="result"/>.</summary>
    public static string Render(SynthesisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonText.Write(JsonText.Readable, w =>
        {
            w.WriteStartObject();
            w.WriteNumber("schema_version", SchemaVersion);
            w.WriteStartArray("interviews");
            foreach (var i in result.Interviews) w.WriteStringValue(i);
            w.WriteEndArray();
            Themes(w, "themes", result.Themes);
            Themes(w, "leads", result.Leads);
            w.WriteStartArray("alternatives");
            foreach (var a in result.Alternatives)
            {
                w.WriteStartObject();
                w.WriteString("name", a.Name);
                Strings(w, "interviews", a.Interviews);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            Tree(w, result.Tree);
            w.WriteStartArray("disagreements");
            foreach (var d in result.Disagreements)
            {
                w.WriteStartObject();
                w.WriteString("theme", d.Theme);
                w.WritePropertyName("for");
                Quote(w, d.For);
                w.WritePropertyName("against");
                Quote(w, d.Against);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void Themes(Utf8JsonWriter w, string name, IReadOnlyList<Theme> themes)
    {
        w.WriteStartArray(name);
        foreach (var t in themes)
        {
            w.WriteStartObject();
            w.WriteString("name", t.Name);
            Strings(w, "interviews", t.Interviews);
            w.WriteNumber("pains_and_needs", t.PainsAndNeeds);
            Quotes(w, "quotes", t.Quotes);
            w.WriteStartArray("numbers");
            foreach (var n in t.Numbers)
            {
                w.WriteStartObject();
                w.WriteString("term", n.Term);
                w.WritePropertyName("quote");
                Quote(w, n.Quote);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Tree(Utf8JsonWriter w, OpportunityTree tree)
    {
        w.WriteStartObject("opportunity_tree");
        w.WriteString("goal", tree.Goal);
        w.WriteStartArray("opportunities");
        foreach (var o in tree.Opportunities)
        {
            w.WriteStartObject();
            w.WriteString("name", o.Name);
            Strings(w, "interviews", o.Interviews);
            Quotes(w, "evidence", o.Evidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Quotes(Utf8JsonWriter w, string name, IEnumerable<ThemeQuote> quotes)
    {
        w.WriteStartArray(name);
        foreach (var q in quotes) Quote(w, q);
        w.WriteEndArray();
    }

    private static void Quote(Utf8JsonWriter w, ThemeQuote q)
    {
        w.WriteStartObject();
        w.WriteString("interview", q.Interview);
        w.WriteString("kind", q.Kind);
        w.WriteString("text", q.Text);
        w.WriteNumber("at_seconds", Math.Round(q.At.TotalSeconds, 3));
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using InterviewBot.Core.PostCall.Rendering;
using InterviewBot.Core.Synthesis;

namespace InterviewBot.Azure.PostCall;

/// <summary>The instructions, the answer's JSON schema, and the embedded groups numbered G1…Gn as the model is shown them.</summary>
internal static class LlmSynthesisPrompt
{
    public const string System =
        "You help a researcher find the themes across several customer interviews. You are given groups of verbatim interviewee quotes, " +
        "each found by word similarity and numbered G1, G2, and so on. Give each group a short name (at most 12 words) that says the pattern in the " +
        "customer's terms, and merge groups that are the same theme by listing their numbers together. Never split a group. " +
        "Write names in sentence case. For each theme, list the quotes that show it best, copied character for character from the quotes given; never write a quote yourself. " +
        "Return only JSON matching the schema.";

    public static readonly JsonElement Schema = JsonDocument.Parse("""
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["themes"],
          "properties": {
            "themes": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["name", "groups", "quotes"],
                "properties": {
                  "name": { "type": "string", "description": "the theme in the customer's terms, at most 12 words" },
                  "groups": { "type": "array", "items": { "type": "integer" }, "description": "the numbers of the groups this theme is made of (3 for G3)" },
                  "quotes": { "type": "array", "items": { "type": "string" }, "maxItems": 4, "description": "the best supporting quotes, verbatim from those groups" }
                }
              }
            }
          }
        }
        """).RootElement.Clone();

    /// <summary>
    /// The groups, themes first, as long as they fit in <paramref name="maxChars"/>: a group that does not fit is not
    /// sent (and so stays as it is). Returns the text and how many groups it holds.
    /// </summary>
    public static (string Text, int Groups) User(IReadOnlyList<Theme> groups, int interviews, int maxChars)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{interviews} interviews. Groups of quotes:\n");
        var sent = 0;
        foreach (var g in groups)
        {
            var block = new StringBuilder().Append(CultureInfo.InvariantCulture, $"G{sent + 1} ({g.Interviews.Count} interview{(g.Interviews.Count == 1 ? "" : "s")}): {g.Name}\n");
            foreach (var q in g.Quotes) block.Append(CultureInfo.InvariantCulture, $"- [{q.Interview}, {MediaClock.Format(q.At)}] {q.Text}\n");
            if (text.Length + block.Length > maxChars) break;
            text.Append(block);
            sent++;
        }
        return (text.ToString(), sent);
    }
}

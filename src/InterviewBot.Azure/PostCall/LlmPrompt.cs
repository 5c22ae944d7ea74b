using System.Text;
using System.Text.Json;
using InterviewBot.Core.PostCall.Rendering;
using InterviewBot.Core.PostCall.Snapshot.Facts;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Azure.PostCall;

/// <summary>The instructions, the JSON schema of the answer, and the transcript cut into chunks that fit one request.</summary>
internal static class LlmPrompt
{
    public const string System =
        "You help a customer interviewer write up an interview. Choose quotes from the transcript; never paraphrase. " +
        "Every string you return must be copied character for character from one line of the transcript (a whole sentence or a contiguous part of one). " +
        "Prefer the interviewee's specific, emotional or quantified words over generic praise. Never pick the same sentence for two fields. " +
        "The summary lines may use your own words, but every name and number in them must be one listed under 'Facts' or said in the transcript. Return only JSON matching the schema.";

    public static readonly JsonElement Schema = JsonDocument.Parse("""
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["memorable_quote", "key_insights", "opportunities", "context_quote", "email_takeaways", "summary"],
          "properties": {
            "memorable_quote": { "type": ["string", "null"], "description": "the single most telling interviewee sentence, verbatim" },
            "key_insights": { "type": "array", "items": { "type": "string" }, "maxItems": 5, "description": "verbatim interviewee sentences that matter most" },
            "opportunities": { "type": "array", "items": { "type": "string" }, "maxItems": 8, "description": "needs and pains in the interviewee's words, verbatim" },
            "context_quote": { "type": ["string", "null"], "description": "the best specific story, verbatim" },
            "email_takeaways": { "type": "array", "items": { "type": "string" }, "maxItems": 3, "description": "three things worth thanking them for, verbatim interviewee words" },
            "summary": { "type": "array", "items": { "type": "string" }, "maxItems": 5, "description": "one-line facts about who they are and what they use, need or measured; only names and numbers from the Facts or transcript" }
          }
        }
        """).RootElement.Clone();

    /// <summary>Lines "[mm:ss] Name (role): text", grouped into chunks of at most <paramref name="maxChars"/> characters.</summary>
    public static IReadOnlyList<string> Chunks(ISessionView session, int maxChars)
    {
        var chunks = new List<string>();
        var current = new StringBuilder();
        foreach (var u in session.Utterances)
        {
            var line = $"[{MediaClock.Format(u.Start)}] {session.NameOf(u.SpeakerId)} ({session.RoleOf(u.SpeakerId).ToString().ToLowerInvariant()}): {u.Text}\n";
            if (current.Length > 0 && current.Length + line.Length > maxChars)
            {
                chunks.Add(current.ToString());
                current.Clear();
            }
            current.Append(line);
        }
        if (current.Length > 0) chunks.Add(current.ToString());
        return chunks;
    }

    public static string User(ISessionView session, string chunk, int index, int count, string facts) =>
        $"Interview goal: {session.Setup.Goal ?? "(not given)"}. Interviewee: {session.Setup.IntervieweeName ?? "(see transcript)"}.\n" +
        facts +
        $"Transcript part {index + 1} of {count}:\n{chunk}";

    /// <summary>The embedded writer's facts, as grounding: who they are, the numbers and the names, each with when it was said.</summary>
    public static string Facts(IReadOnlyList<QuickFact> facts, int maxChars)
    {
        if (facts.Count == 0) return "";
        var text = new StringBuilder("Facts (extracted from the whole interview):\n");
        foreach (var f in facts)
        {
            var line = $"- [{MediaClock.Format(f.At)}] {f.Kind.ToString().ToLowerInvariant()}: {(f.Kind == FactKind.Who ? f.Clause?.Text ?? f.Term : f.Term)}\n";
            if (text.Length + line.Length > maxChars) break;
            text.Append(line);
        }
        return text.ToString();
    }
}

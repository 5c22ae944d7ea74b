using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewBot.Core.ContentPack;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Azure.PostCall;

/// <summary>
/// Lets the model write the LinkedIn post and the newsletter blurb from the embedded pack's verbatim
/// material, then holds each draft to the same grounding check as the embedded one: every quote is the
/// interviewee's words, every number is in the transcript, the word limit is kept. A draft that fails
/// is replaced by the embedded text, and why is logged.
/// </summary>
public sealed class LlmContentPackWriter(IChatClient chat, ILogger<LlmContentPackWriter> logger, EmbeddedContentPackWriter embedded) : IContentPackWriter
{
    private const string System =
        "You write short B2B marketing posts from a customer interview. Use only the quotes given, copied exactly inside \u201C \u201D. " +
        "Do not add any number, name or claim that is not in the quotes. Return only JSON matching the schema.";

    private static readonly JsonElement s_schema = JsonDocument.Parse("""
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["linkedin", "newsletter"],
          "properties": {
            "linkedin": { "type": "string", "description": "a LinkedIn post of at most 300 words" },
            "newsletter": { "type": "string", "description": "a newsletter blurb of at most 200 words" }
          }
        }
        """).RootElement.Clone();

    public async Task<ContentPack> WriteAsync(PostCallReport report, ISessionView session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(session);
        var pack = await embedded.WriteAsync(report, session, cancellationToken).ConfigureAwait(false);
        var material = string.Join('\n', pack.RankedQuotes.Take(8).Select(q => $"\u201C{q.Text}\u201D"));
        var user = $"Customer: {report.Snapshot.Interviewee.Name}{(report.Snapshot.Interviewee.Company is { } c ? $" at {c}" : "")}.\nQuotes you may use:\n{material}";
        Drafts? drafts;
        try
        {
            var response = await chat.GetResponseAsync([new ChatMessage(ChatRole.System, System), new ChatMessage(ChatRole.User, user)],
                new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(s_schema, "content_pack", "Posts built from verbatim quotes"), Temperature = 0.3f },
                cancellationToken).ConfigureAwait(false);
            drafts = JsonSerializer.Deserialize(response.Text, ContentJsonContext.Default.Drafts);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.RequestFailed(logger, 1, 1, ex.GetType().Name, ex);
            return pack;
        }
        if (drafts is null) return pack;
        return pack with
        {
            LinkedIn = Grounded("linkedin.md", drafts.LinkedIn, pack.LinkedIn, ContentPack.LinkedInMaxWords, session),
            Newsletter = Grounded("newsletter.md", drafts.Newsletter, pack.Newsletter, ContentPack.NewsletterMaxWords, session),
        };
    }

    private string Grounded(string name, string? draft, string fallback, int maxWords, ISessionView session)
    {
        if (string.IsNullOrWhiteSpace(draft))
        {
            Log.FieldFellBack(logger, name);
            return fallback;
        }
        var problems = ContentGrounding.Problems(draft, session).ToList();
        if (ContentPack.Words(draft) > maxWords) problems.Add($"{ContentPack.Words(draft)} words, over {maxWords}");
        if (problems.Count == 0) return draft.Trim() + "\n";
        foreach (var p in problems) Log.QuoteNotGrounded(logger, $"{name}: {p}");
        Log.FieldFellBack(logger, name);
        return fallback;
    }

    internal sealed record Drafts(
        [property: JsonPropertyName("linkedin")] string? LinkedIn,
        [property: JsonPropertyName("newsletter")] string? Newsletter);
}

[JsonSerializable(typeof(LlmContentPackWriter.Drafts))]
internal sealed partial class ContentJsonContext : JsonSerializerContext;

using System.Text.Json;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Synthesis;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Azure.PostCall;

/// <summary>
/// The LLM synthesis. It starts from the embedded one (always complete), shows the model its groups and their
/// verbatim quotes, and lets it name and merge them; <see cref="SynthesisRevision"/> keeps every quote verbatim and
/// every group's evidence. A failed call (a 429 or 500 that outlasted the retries, a timeout) or an answer that is
/// not the JSON asked for keeps the embedded synthesis, and the reason is logged.
/// </summary>
public sealed class LlmSynthesisWriter(IChatClient chat, LlmPostCallOptions options, ILogger<LlmSynthesisWriter> logger, EmbeddedSynthesisWriter embedded) : ISynthesisWriter
{
    public async Task<SynthesisResult> WriteAsync(IReadOnlyList<InterviewEvidence> interviews, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = await embedded.WriteAsync(interviews, cancellationToken).ConfigureAwait(false);
        var groups = result.Themes.Concat(result.Leads).ToList();
        var (user, sent) = LlmSynthesisPrompt.User(groups, result.Interviews.Count, options.MaxTranscriptCharsPerRequest);
        if (sent == 0) return result;
        ChatResponse response;
        try
        {
            response = await chat.GetResponseAsync([new ChatMessage(ChatRole.System, LlmSynthesisPrompt.System), new ChatMessage(ChatRole.User, user)],
                new ChatOptions { ResponseFormat = ChatResponseFormat.ForJsonSchema(LlmSynthesisPrompt.Schema, "synthesis", "Themes named and merged from verbatim groups"), Temperature = 0 },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.SynthesisRequestFailed(logger, ex.GetType().Name, ex);
            return result;
        }
        LlmSynthesisDraft? draft;
        try
        {
            draft = string.IsNullOrWhiteSpace(response.Text) ? null : JsonSerializer.Deserialize(response.Text, LlmSynthesisJsonContext.Default.LlmSynthesisDraft);
        }
        catch (JsonException ex)
        {
            Log.MalformedAnswer(logger, 1, 1, ex.Message);
            return result;
        }
        if (draft?.Themes is null)
        {
            Log.MalformedAnswer(logger, 1, 1, "no themes");
            return result;
        }
        return SynthesisRevision.Apply(result, interviews, groups.Take(sent).ToList(), draft, logger);
    }
}

using System.Text.Json;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.PostCall.Email;
using InterviewBot.Core.PostCall.Quotes;
using InterviewBot.Core.PostCall.Snapshot.Evaluation;
using InterviewBot.Core.PostCall.Snapshot.Facts;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace InterviewBot.Azure.PostCall;

/// <summary>
/// The LLM post-call writer. It starts from the embedded report (always complete), asks the model to
/// choose the quotes that matter, and keeps a choice only if it is verbatim in the transcript from the
/// interviewee (cleaned like every quote, and never one another section already quotes). It is given the embedded
/// facts as grounding, and a summary line it writes is kept only if every name and number in it is the
/// interviewee's. Any field the model fails — an invented quote, malformed JSON, a 429 or 500 that
/// outlasted the retries, a timeout — keeps the embedded text, and the reason is logged.
/// </summary>
public sealed class LlmPostCallWriter(IChatClient chat, LlmPostCallOptions options, ILogger<LlmPostCallWriter> logger, EmbeddedPostCallWriter embedded) : IPostCallWriter
{
    private const int MaxInsights = 5;
    private const int MaxOpportunities = 8;

    public async Task<PostCallReport> WriteAsync(ISessionView session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var report = embedded.Write(session);
        var drafts = await DraftAsync(session, report.Snapshot.Facts, cancellationToken).ConfigureAwait(false);
        if (drafts.Count == 0) return report;

        var quotes = new QuoteSource(session);
        // No sentence in two sections: the quick facts' clauses are taken first, then each field in turn.
        var used = new List<Quote>(report.Snapshot.QuickFacts);
        if (report.Snapshot.Interviewee.Introduction is { } introduction) used.Add(introduction);
        var intervieweeId = session.Participants.Values.FirstOrDefault(p => p.Role == ParticipantRole.Interviewee)?.Id;
        List<Quote> Grounded(IEnumerable<string?> candidates, int max, bool exclusive = true) => candidates
            .Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => (Text: c!, Quote: quotes.Find(c!, intervieweeId)))
            .Where(x =>
            {
                if (x.Quote is null) Log.QuoteNotGrounded(logger, x.Text);
                return x.Quote is not null;
            })
            .Select(x => QuoteSource.Clean(x.Quote!) ?? x.Quote!)
            .Where(q => !exclusive || !used.Any(u => SnapshotCheck.Overlap(u, q)))
            .Select(q =>
            {
                if (exclusive) used.Add(q);
                return q;
            })
            .Take(max)
            .ToList();
        T Pick<T>(string field, T chosen, T fallback, bool usable)
        {
            if (usable) return chosen;
            Log.FieldFellBack(logger, field);
            return fallback;
        }

        var snapshot = report.Snapshot;
        var memorable = Grounded(drafts.Select(d => d.MemorableQuote), 1, exclusive: false); // the memorable quote may also appear in a section
        var insights = Grounded(drafts.SelectMany(d => d.KeyInsights ?? []), MaxInsights);
        var opportunities = Grounded(drafts.SelectMany(d => d.Opportunities ?? []), MaxOpportunities);
        var context = Grounded(drafts.Select(d => d.ContextQuote), 1);
        var takeaways = drafts.SelectMany(d => d.EmailTakeaways ?? []).Where(c => !string.IsNullOrWhiteSpace(c))
            .Select(c => quotes.Find(c, intervieweeId)).OfType<Quote>().Select(q => QuoteSource.Clean(q) ?? q).DistinctBy(q => q.Text).Take(3).ToList();
        var said = session.Utterances.Where(u => u.SpeakerId == intervieweeId).Select(u => u.Text).ToList();
        var summary = drafts.SelectMany(d => d.Summary ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).Distinct(StringComparer.Ordinal)
            .Where(line =>
            {
                var untraceable = FactGrounding.Untraceable(line, said);
                if (untraceable.Count > 0) Log.SummaryNotTraceable(logger, line, string.Join(", ", untraceable));
                return untraceable.Count == 0 && FactGrounding.CarriesFact(line);
            })
            .Take(5).ToList();

        snapshot = snapshot with
        {
            MemorableQuote = Pick("memorable_quote", memorable.FirstOrDefault(), snapshot.MemorableQuote, memorable.Count > 0),
            KeyInsights = Pick<IReadOnlyList<Quote>>("key_insights", insights, snapshot.KeyInsights, insights.Count > 0),
            Opportunities = Pick<IReadOnlyList<Quote>>("opportunities", opportunities, snapshot.Opportunities, opportunities.Count > 0),
            ContextQuote = Pick("context_quote", context.FirstOrDefault(), snapshot.ContextQuote, context.Count > 0),
            Summary = summary,
        };
        // The embedded sections keep only what the model's picks did not already quote.
        var picked = new[] { snapshot.ContextQuote }.OfType<Quote>().Concat(snapshot.KeyInsights).Concat(snapshot.Opportunities).ToList();
        List<Quote> Rest(IEnumerable<Quote> section, IEnumerable<Quote> others) => section.Where(q => !others.Any(p => !ReferenceEquals(p, q) && SnapshotCheck.Overlap(p, q))).ToList();
        snapshot = snapshot with
        {
            Opportunities = Rest(snapshot.Opportunities, new[] { snapshot.ContextQuote }.OfType<Quote>().Concat(snapshot.KeyInsights)),
            Alternatives = Rest(snapshot.Alternatives, picked),
            Complaints = Rest(snapshot.Complaints, picked),
            Emotions = Rest(snapshot.Emotions, picked),
            Commitments = Rest(snapshot.Commitments, picked),
        };
        var email = ThankYouEmailBuilder.Build(snapshot, report.Interviewer, Pick<IReadOnlyList<Quote>?>("email_takeaways", takeaways, null, takeaways.Count > 0));
        return report with { Snapshot = snapshot, Email = email };
    }

    private async Task<List<LlmSnapshotDraft>> DraftAsync(ISessionView session, IReadOnlyList<QuickFact> facts, CancellationToken cancellationToken)
    {
        // The facts go with every chunk, so they count against its size: at most a quarter of it, the transcript gets the rest.
        var grounding = LlmPrompt.Facts(facts, options.MaxTranscriptCharsPerRequest / 4);
        var chunks = LlmPrompt.Chunks(session, Math.Max(500, options.MaxTranscriptCharsPerRequest - grounding.Length));
        var chatOptions = new ChatOptions
        {
            ResponseFormat = ChatResponseFormat.ForJsonSchema(LlmPrompt.Schema, "interview_snapshot", "Verbatim quotes chosen from the transcript"),
            Temperature = 0,
        };
        var drafts = new List<LlmSnapshotDraft>();
        for (var i = 0; i < chunks.Count; i++)
        {
            ChatResponse response;
            try
            {
                response = await chat.GetResponseAsync(
                    [new ChatMessage(ChatRole.System, LlmPrompt.System), new ChatMessage(ChatRole.User, LlmPrompt.User(session, chunks[i], i, chunks.Count, grounding))],
                    chatOptions, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Log.RequestFailed(logger, i + 1, chunks.Count, ex.GetType().Name, ex);
                continue;
            }
            if (Parse(response.Text, out var draft, out var reason)) drafts.Add(draft);
            else Log.MalformedAnswer(logger, i + 1, chunks.Count, reason);
        }
        return drafts;
    }

    private static bool Parse(string? text, out LlmSnapshotDraft draft, out string reason)
    {
        draft = null!;
        reason = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            reason = "empty answer";
            return false;
        }
        try
        {
            draft = JsonSerializer.Deserialize(text, LlmJsonContext.Default.LlmSnapshotDraft)!;
            if (draft is null) reason = "null";
            return draft is not null;
        }
        catch (JsonException ex)
        {
            reason = ex.Message;
            return false;
        }
    }
}

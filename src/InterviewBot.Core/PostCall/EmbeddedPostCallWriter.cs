using InterviewBot.Core.Coaching;
using InterviewBot.Core.Coaching.Classification;
using InterviewBot.Core.PostCall.Email;
using InterviewBot.Core.PostCall.Quotes;
using InterviewBot.Core.PostCall.Scorecard;
using InterviewBot.Core.PostCall.Snapshot;
using InterviewBot.Core.PostCall.Stats;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.PostCall;

/// <summary>The extractive, deterministic post-call writer: no network, every quote checked verbatim before it leaves.</summary>
public sealed class EmbeddedPostCallWriter(IUtteranceClassifier classifier) : IPostCallWriter
{
    public EmbeddedPostCallWriter() : this(CoachFactory.Classifier)
    {
    }

    public Task<PostCallReport> WriteAsync(ISessionView session, CancellationToken cancellationToken) => Task.FromResult(Write(session));

    public PostCallReport Write(ISessionView session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var quotes = new QuoteSource(session);
        var stats = StatsBuilder.Build(session);
        var snapshot = SnapshotBuilder.Build(session, classifier, quotes);
        var interviewer = session.Interviewer?.DisplayName ?? "the interviewer";
        var report = new PostCallReport(
            session.Id, session.Setup, interviewer, snapshot,
            ScorecardBuilder.Build(session, stats, quotes), stats,
            ThankYouEmailBuilder.Build(snapshot, interviewer),
            session.Nudges,
            session.Utterances.Select(quotes.Whole).ToArray());

        // Enforced, not hoped for: a quote that is not in the transcript is a bug, and no artefact may carry it.
        var invented = report.AllQuotes().FirstOrDefault(q => !quotes.IsVerbatim(q));
        return invented is null ? report : throw new InvalidOperationException($"post-call quote is not verbatim: \"{invented.Text}\"");
    }
}

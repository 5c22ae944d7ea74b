using InterviewBot.Core.Coaching;
using InterviewBot.Core.PostCall.Email;
using InterviewBot.Core.PostCall.Quotes;
using InterviewBot.Core.PostCall.Snapshot;
using InterviewBot.Core.PostCall.Stats;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.PostCall;

/// <summary>Everything written at hang-up: snapshot, scorecard, stats, thank-you email, the nudges and the transcript.</summary>
public sealed record PostCallReport(
    string SessionId,
    SessionSetup Setup,
    string Interviewer,
    InterviewSnapshot Snapshot,
    Scorecard.Scorecard Scorecard,
    InterviewStats Stats,
    ThankYouEmail Email,
    IReadOnlyList<Nudge> Nudges,
    IReadOnlyList<Quote> Transcript)
{
    /// <summary>Every quote the report carries, for the verbatim check.</summary>
    public IEnumerable<Quote> AllQuotes()
    {
        var s = Snapshot;
        foreach (var q in new[] { s.Interviewee.Introduction, s.MemorableQuote, s.ContextQuote, Email.NextStep }) if (q is not null) yield return q;
        foreach (var list in new[] { s.Background, s.QuickFacts, s.KeyInsights, s.Opportunities, s.Alternatives, s.Complaints, s.Emotions, s.Commitments, Email.Takeaways, Transcript })
            foreach (var q in list) yield return q;
        foreach (var p in Scorecard.Practices)
            foreach (var q in p.Evidence) yield return q;
    }
}

using InterviewBot.Core.Ports;
using InterviewBot.Core.PostCall;
using InterviewBot.Core.Sessions;
using InterviewBot.Teams.Cards;
using InterviewBot.Teams.Protocol;

namespace InterviewBot.Teams.Meetings;

/// <summary>
/// At hang-up: writes the report (snapshot, scorecard, stats, email), the transcript and, for case studies,
/// the content pack into the artefact store, with whose interview it was (<see cref="InterviewOwner"/>), then sends the
/// summary card to the interviewer alone.
/// </summary>
public sealed class PostCallPublisher(IPostCallWriter writer, IContentPackWriter packs, IArtifactStore store, ReportLinks links, InterviewerChannel channel,
    TimeProvider time)
{
    /// <param name="meeting">Whose interviewer gets the card.</param>
    /// <param name="session">The ended session.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <param name="note">Shown on the card (where the summary came from, when not from the live call).</param>
    public async Task PublishAsync(CoachedMeeting meeting, ISessionView session, CancellationToken cancellationToken, string? note = null)
    {
        var (report, artifacts) = await PostCallRun.RunAsync(session, writer, packs, store, cancellationToken).ConfigureAwait(false);
        // Without the interviewer's Entra id the interview is nobody's for `themes`: a display name is not an identity.
        if (meeting.Interviewer.AadObjectId is { Length: > 0 } aad)
            await store.WriteAsync(session.Id, new InterviewOwner(aad, report.Snapshot.Interviewee.Name, time.GetUtcNow()).ToArtifact(), cancellationToken).ConfigureAwait(false);
        var titles = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["report.html"] = "Open full report", ["case-study.md"] = "Case study draft", ["testimonials.md"] = "Testimonials",
            ["linkedin.md"] = "LinkedIn post", ["newsletter.md"] = "Newsletter blurb",
        };
        var buttons = artifacts.Where(a => titles.ContainsKey(a.Name))
            .Select(a => (Title: titles[a.Name], Url: links.For(session.Id, a.Name)))
            .Where(b => b.Url is not null)
            .Select(b => (b.Title, b.Url!))
            .ToArray();
        meeting.LastEmail = report.Email; // for the card's "save as Outlook draft" button
        var card = CoachCards.Summary(report, buttons, note, meeting.ChatId);
        await channel.SendAsync(meeting, Activity.Card(card.ToJson(), $"Interview summary: {report.Scorecard.Passed}/{report.Scorecard.Practices.Count} practices"), "summary", cancellationToken)
            .ConfigureAwait(false);
    }
}

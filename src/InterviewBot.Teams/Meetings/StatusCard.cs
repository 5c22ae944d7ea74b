using InterviewBot.Core.Coaching.Coverage;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Ports;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;
using InterviewBot.Media.Live;
using InterviewBot.Teams.Cards;
using InterviewBot.Teams.Protocol;

namespace InterviewBot.Teams.Meetings;

/// <summary>
/// The one small live card in the interviewer's chat, updated in place: after every nudge, at most once per
/// <see cref="CoachOptions.StatusEvery"/> of media time otherwise, and a last time when the session ends.
/// Runs on the session's consumer, so it reads the session without racing it. The card's activity id goes into its
/// notes (the session's journal), so a server that takes the session up goes on updating the same card.
/// </summary>
public sealed class StatusCard(CoachedMeeting meeting, InterviewerChannel channel, CoachOptions options, SinkNotes notes) : ISessionObserver
{
    /// <summary>The status card's item in the sink's notes.</summary>
    public const string Item = "status";

    private string? _activityId = notes.Recall(Item);
    private TimeSpan _lastShown = TimeSpan.MinValue;
    private int _nudgesShown;

    public async ValueTask OnAppliedAsync(string sessionId, SessionEvent e, ISessionView session, CancellationToken cancellationToken)
    {
        var ended = e is SessionEnded;
        var due = e is SessionStarted || ended || session.Nudges.Count != _nudgesShown || session.Now - _lastShown >= options.StatusEvery;
        if (!due) return;
        _lastShown = session.Now;
        _nudgesShown = session.Nudges.Count;
        var status = Read(session, live: !ended);
        meeting.LatestStatus = status;
        var activity = Activity.Card(CoachCards.Status(status).ToJson(), "Coaching status");
        if (_activityId is null)
        {
            _activityId = await channel.SendAsync(meeting, activity, "status card", cancellationToken).ConfigureAwait(false);
            if (_activityId is not null) await notes.NoteAsync(session.Now, Item, _activityId, cancellationToken).ConfigureAwait(false);
        }
        else
            await channel.UpdateAsync(meeting, _activityId, activity, "status card", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The interviewer's talk share so far and the next topic of the interview's kind not yet asked about.</summary>
    public static LiveStatus Read(ISessionView session, bool live)
    {
        ArgumentNullException.ThrowIfNull(session);
        var interviewer = session.Interviewer?.Id;
        var total = session.Speech.Speakers.Aggregate(TimeSpan.Zero, (sum, id) => sum + session.Speech.TotalTalk(id, session.Now));
        var share = interviewer is null || total <= TimeSpan.Zero ? 0 : session.Speech.TotalTalk(interviewer, session.Now) / total;
        var seen = session.Utterances.Where(u => u.SpeakerId == interviewer).Aggregate(StructureTags.None, (tags, u) => tags | u.Tags);
        var missing = CoveragePlan.Missing(session.Setup.Kind ?? InterviewKind.Discovery, seen);
        var cue = missing.Count == 0
            ? "Every planned topic has come up: go deeper where it matters."
            : $"Next topic ({LabelIds.IdOf(missing[0]).Replace('_', ' ')}): {CoveragePlan.QuestionFor(missing[0], session.Setup)}";
        return new LiveStatus(live, session.Now, share, cue, session.Nudges.Count);
    }
}

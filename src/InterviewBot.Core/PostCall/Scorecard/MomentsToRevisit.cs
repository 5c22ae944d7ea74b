using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.PostCall.Scorecard;

/// <summary>
/// One moment of the call worth a second look: what was said when (its words), why it was worth a nudge, what to
/// try instead, and whether the card was shown live or kept off the screen by the policy (and why).
/// </summary>
public sealed record RevisitMoment(TimeSpan At, string Nudge, string Words, string Why, string TryInstead, bool Shown, string? HeldBackBecause);

/// <summary>
/// Every nudge shown and every one the fresh-or-never policy kept quiet, in the order they happened: the interviewer
/// loses nothing by the policy being quiet during the call.
/// </summary>
public static class MomentsToRevisit
{
    public static IReadOnlyList<RevisitMoment> Of(ISessionView session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var shown = session.Nudges.Select(n => new RevisitMoment(n.Moment, n.Kind, n.Quote, n.Message, n.Suggestion, true, null));
        var held = session.HeldBack.Select(h => new RevisitMoment(h.Nudge.Moment, h.Nudge.Kind, h.Nudge.Quote, h.Nudge.Message, h.Nudge.Suggestion, false, h.Reason));
        return [.. shown.Concat(held).OrderBy(m => m.At).ThenBy(m => m.Shown ? 0 : 1)];
    }
}

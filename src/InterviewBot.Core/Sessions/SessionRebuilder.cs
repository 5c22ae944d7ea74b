using InterviewBot.Core.Coaching;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Sessions;

/// <summary>
/// Rebuilds a session from its journal. The core is deterministic, so applying the journaled inputs
/// again gives the same state and the same nudges; nudges the journal already holds were delivered,
/// and any others (a crash between raising and journaling) are handed back to be delivered now.
/// </summary>
public static class SessionRebuilder
{
    public static RebuiltSession Rebuild(IEnumerable<SessionEvent> journal, InterviewSession fresh)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(fresh);
        var journaled = new List<Nudge>();
        var recomputed = new List<Nudge>();
        foreach (var e in journal)
        {
            if (e is NudgeRaised raised)
            {
                journaled.Add(raised.Nudge);
                continue;
            }
            if (fresh.Apply(e).Nudge is { } nudge) recomputed.Add(nudge);
        }
        // A nudge is matched by its session number, not by value: the journal keeps media times to the millisecond, so
        // a nudge read back can differ in its times from the one recomputed here, and comparing values would deliver
        // it twice. Journals written before nudges had numbers (Id 0) are matched by value.
        var journaledIds = journaled.Where(n => n.Id != 0).Select(n => n.Id).ToHashSet();
        var undelivered = recomputed.Where(n => !(n.Id != 0 && journaledIds.Contains(n.Id)) && !journaled.Contains(n)).ToArray();
        return new RebuiltSession(fresh, undelivered);
    }
}

/// <summary>A session restored from its journal, and the nudges it raised that were never journaled.</summary>
public sealed record RebuiltSession(InterviewSession Session, IReadOnlyList<Nudge> Undelivered);

using InterviewBot.Core.Coaching.Rules;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Coaching.Timing;

/// <summary>
/// docs/coaching.md §3's interruption: the interviewer starts while an interviewee has been speaking for
/// more than 1 s, and keeps going for more than 1 s; shorter overlaps and listening noises are backchannels.
/// </summary>
public static class Interruptions
{
    private static readonly TimeSpan s_minimum = TimeSpan.FromSeconds(1);

    /// <summary>The interviewee cut off by this interviewer utterance, or null when it is no interruption.</summary>
    public static string? CutOffBy(ISessionView session, Utterance interviewerUtterance)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(interviewerUtterance);
        return Backchannel.Is(interviewerUtterance.Text) ? null : CutOffAt(session, interviewerUtterance.Start, interviewerUtterance.Duration);
    }

    /// <summary>
    /// The interviewee cut off by interviewer speech from <paramref name="start"/> lasting <paramref name="duration"/>,
    /// judged on timing alone (audio without text: a listening noise is told apart by its length only).
    /// </summary>
    public static string? CutOffAt(ISessionView session, TimeSpan start, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (duration <= s_minimum) return null;
        foreach (var p in session.Participants.Values)
        {
            if (p.Role != ParticipantRole.Interviewee) continue;
            if (session.Speech.SpeakingSince(p.Id) is TimeSpan since && start - since > s_minimum) return p.Id;
            var segments = session.Speech.SegmentsOf(p.Id);
            for (var i = segments.Count - 1; i >= 0; i--)
            {
                var seg = segments[i];
                if (seg.End <= start) break;
                if (start - seg.Start > s_minimum && seg.Start < start) return p.Id;
            }
        }
        return null;
    }
}

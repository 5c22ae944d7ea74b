using InterviewBot.Core.Coaching.Rules;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.Coaching.Timing;

/// <summary>
/// COACHING.md §3's interruption: the interviewer starts while an interviewee has been speaking for
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
        if (interviewerUtterance.Duration <= s_minimum || Backchannel.Is(interviewerUtterance.Text)) return null;
        var start = interviewerUtterance.Start;
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

using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Coaching.Rules;

/// <summary>
/// <c>interrupt</c>: the interviewer starts while the interviewee has been speaking for more than 1 s
/// and keeps going for more than 1 s. Shorter overlaps and listening noises are backchannels.
/// Decided when the interviewer's utterance is final, so the card can quote it.
/// </summary>
public sealed class InterruptRule : INudgeRule
{
    private static readonly TimeSpan s_minimum = TimeSpan.FromSeconds(1);

    public void OnEvent(SessionEvent e, ISessionView session, ICollection<NudgeCandidate> output)
    {
        if (e is not UtteranceFinal { Utterance: var u } || session.Interviewer is not { } interviewer) return;
        if (u.SpeakerId != interviewer.Id || u.Duration <= s_minimum || Backchannel.Is(u.Text)) return;

        var cutOff = FindCutOffSpeaker(session, u.Start);
        if (cutOff is null) return;
        output.Add(new NudgeCandidate(
            new Nudge(NudgeKinds.Interrupt, session.Now, interviewer.Id, RuleText.Quote(u.Text),
                $"You started talking while {session.NameOf(cutOff)} was mid-sentence.",
                "Let them finish, then: \"Sorry, you were saying — go on.\""),
            FreshUntil: session.Now + TimeSpan.FromSeconds(30)));
    }

    private static string? FindCutOffSpeaker(ISessionView session, TimeSpan interviewerStart)
    {
        foreach (var p in session.Participants.Values)
        {
            if (p.Role != ParticipantRole.Interviewee) continue;
            if (session.Speech.SpeakingSince(p.Id) is TimeSpan since && interviewerStart - since > s_minimum) return p.Id;
            var segments = session.Speech.SegmentsOf(p.Id);
            for (var i = segments.Count - 1; i >= 0; i--)
            {
                var seg = segments[i];
                if (seg.End <= interviewerStart) break;
                if (interviewerStart - seg.Start > s_minimum) return p.Id;
            }
        }
        return null;
    }
}

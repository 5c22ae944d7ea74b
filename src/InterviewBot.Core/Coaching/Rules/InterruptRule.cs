using InterviewBot.Core.Coaching.Timing;
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
    public void OnEvent(SessionEvent e, ISessionView session, ICollection<NudgeCandidate> output)
    {
        if (e is not UtteranceFinal { Utterance: var u } || session.Interviewer is not { } interviewer || u.SpeakerId != interviewer.Id) return;
        if (Interruptions.CutOffBy(session, u) is not { } cutOff) return;
        output.Add(new NudgeCandidate(
            new Nudge(NudgeKinds.Interrupt, session.Now, interviewer.Id, RuleText.Quote(u.Text),
                $"You started talking while {session.NameOf(cutOff)} was mid-sentence.",
                "Let them finish, then: \"Sorry, you were saying — go on.\""),
            FreshUntil: session.Now + TimeSpan.FromSeconds(30)));
    }
}

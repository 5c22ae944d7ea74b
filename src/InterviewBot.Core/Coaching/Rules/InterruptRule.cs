using InterviewBot.Core.Coaching.Timing;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Coaching.Rules;

/// <summary>
/// <c>interrupt</c>: the interviewer starts while the interviewee has been speaking for more than 1 s
/// and keeps going for more than 1 s. Shorter overlaps and listening noises are backchannels.
/// Decided when the interviewer's utterance is final, so the card can quote it; with audio alone, when
/// the interviewer's speech segment ends.
/// </summary>
public sealed class InterruptRule : INudgeRule
{
    public void OnEvent(SessionEvent e, ISessionView session, ICollection<NudgeCandidate> output)
    {
        if (session.Interviewer is not { } interviewer) return;
        switch (e)
        {
            case UtteranceFinal { Utterance: var u } when u.SpeakerId == interviewer.Id && !session.AudioOnly:
                if (Interruptions.CutOffBy(session, u) is { } cutOff) output.Add(Candidate(session, interviewer.Id, cutOff, RuleText.Quote(u.Text)));
                break;
            case SpeechEnded s when s.ParticipantId == interviewer.Id && session.AudioOnly:
                var segments = session.Speech.SegmentsOf(interviewer.Id);
                if (segments.Count > 0 && Interruptions.CutOffAt(session, segments[^1].Start, segments[^1].Duration) is { } who)
                    output.Add(Candidate(session, interviewer.Id, who, ""));
                break;
        }
    }

    private static NudgeCandidate Candidate(ISessionView session, string interviewerId, string cutOff, string quote) => new(
        new Nudge(NudgeKinds.Interrupt, session.Now, interviewerId, quote,
            $"You started talking while {session.NameOf(cutOff)} was mid-sentence.",
            "Let them finish, then: \"Sorry, you were saying — go on.\""),
        FreshUntil: session.Now + TimeSpan.FromSeconds(30));
}

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
                if (StartsTheirSpeech(session, u) && Interruptions.CutOffBy(session, u) is { } cutOff) output.Add(Candidate(session, interviewer.Id, cutOff, RuleText.Quote(u.Text)));
                break;
            case SpeechEnded s when s.ParticipantId == interviewer.Id && session.AudioOnly:
                var segments = session.Speech.SegmentsOf(interviewer.Id);
                if (segments.Count > 0 && Interruptions.CutOffAt(session, segments[^1].Start, segments[^1].Duration) is { } who)
                    output.Add(Candidate(session, interviewer.Id, who, ""));
                break;
        }
    }

    private static readonly TimeSpan s_startSlack = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Only a phrase that begins the interviewer's stretch of voice can cut someone off: the second sentence of a
    /// turn started before the other person spoke, so whoever talks over it is the one interrupting.
    /// </summary>
    private static bool StartsTheirSpeech(ISessionView session, Sessions.Utterance u)
    {
        if (session.Speech.SpeakingSince(u.SpeakerId) is TimeSpan open && open <= u.Start + s_startSlack)
            return u.Start - open <= s_startSlack;
        var segments = session.Speech.SegmentsOf(u.SpeakerId);
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            var seg = segments[i];
            if (seg.Start > u.Start + s_startSlack) continue;
            return u.Start - seg.Start <= s_startSlack;
        }
        return true; // no voice activity known for this text (a transcript without timing): judge it on the text alone
    }

    private static NudgeCandidate Candidate(ISessionView session, string interviewerId, string cutOff, string quote) => new(
        new Nudge(NudgeKinds.Interrupt, session.Now, interviewerId, quote,
            $"You started talking while {session.NameOf(cutOff)} was mid-sentence.",
            "Let them finish, then: \"Sorry, you were saying — go on.\""));
}

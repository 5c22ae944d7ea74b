using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Coaching.Rules;

/// <summary><c>wait_longer</c>: the interviewee gave a short answer to a question and the interviewer spoke again within 1.5 s.</summary>
public sealed class WaitLongerRule : INudgeRule
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(1.5);
    private const UtteranceLabels Questions = UtteranceLabels.OpenQuestion | UtteranceLabels.ClosedQuestion
        | UtteranceLabels.LeadingQuestion | UtteranceLabels.HypotheticalQuestion | UtteranceLabels.GenericQuestion
        | UtteranceLabels.MultiPartQuestion | UtteranceLabels.FollowUp;

    public void OnEvent(SessionEvent e, ISessionView session, ICollection<NudgeCandidate> output)
    {
        if (e is not SpeechStarted s || session.Interviewer is not { } interviewer || s.ParticipantId != interviewer.Id) return;
        var utterances = session.Utterances;
        if (utterances.Count < 2) return;
        var answer = utterances[^1];
        if (session.RoleOf(answer.SpeakerId) != ParticipantRole.Interviewee) return;
        if ((answer.Labels & UtteranceLabels.ShortAnswer) == 0 || session.Speech.IsSpeaking(answer.SpeakerId)) return;
        var gap = s.At - answer.End;
        if (gap < TimeSpan.Zero || gap >= s_patience) return;
        var question = utterances[^2];
        if (question.SpeakerId != interviewer.Id || (question.Labels & Questions) == 0) return;

        output.Add(new NudgeCandidate(
            new Nudge(NudgeKinds.WaitLonger, s.At, interviewer.Id, RuleText.Quote(answer.Text),
                $"{session.NameOf(answer.SpeakerId)} gave a short answer and you came back after {gap.TotalSeconds:0.0} s.",
                "Count to three in silence before your next question: people often keep going.")));
    }
}

using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Coaching.Rules;

/// <summary>
/// The sequence nudges: something worth probing was said by the interviewee (a vague size, a complaint,
/// an emotion, a generalization, a feature request) and the interviewer moved on without following it up.
/// Read phrase by phrase: the interviewee may settle it themselves later in their turn (a number, a story);
/// a follow-up question, a wrap-up or next-step ask settles it; the first interviewer phrase that moves on
/// (a question that is no follow-up, or a pitch; or a second remark that asks nothing, or the interviewee going on
/// after such a remark) raises the nudge at that phrase's end. Listening noises are not turns.
/// </summary>
public sealed class FollowThroughRule : INudgeRule
{
    private readonly FollowThroughSpec _spec;
    private Utterance? _trigger;
    private int _remarks;

    public FollowThroughRule(FollowThroughSpec spec) => _spec = spec;

    /// <summary>The nudge this rule raises.</summary>
    public string Kind => _spec.Kind;

    /// <summary>The five sequence rules of docs/coaching.md §2.</summary>
    public static IEnumerable<FollowThroughRule> All() =>
    [
        new(new(NudgeKinds.ProbeNumbers, UtteranceLabels.VagueQuantity, UtteranceLabels.Quantified,
            "A size with no number can't be compared or quoted.", "\"How much time per week would you say? A ballpark is fine.\"", QuestionRewriter.ProbeFor)),
        new(new(NudgeKinds.LeanIntoComplaint, UtteranceLabels.Complaint, UtteranceLabels.None,
            "A complaint is where the real need is; moving on loses it.", "\"Tell me more — what makes it so annoying?\"")),
        new(new(NudgeKinds.ExploreEmotion, UtteranceLabels.Emotion, UtteranceLabels.None,
            "Strong feelings mark what matters most; they went unexplored.", "\"How did that feel at the time?\"")),
        new(new(NudgeKinds.AskForStory, UtteranceLabels.Generalization | UtteranceLabels.VaguePraise, UtteranceLabels.Story,
            "Habits and compliments are not evidence; a specific instance is.", "\"When was the last time that happened? What specifically?\"")),
        new(new(NudgeKinds.AskWhyFeature, UtteranceLabels.FeatureRequest, UtteranceLabels.None,
            "A feature request hides the need behind it.", "\"What would that let you do?\"")),
    ];

    private const UtteranceLabels MovesOn = UtteranceLabels.OpenQuestion | UtteranceLabels.ClosedQuestion
        | UtteranceLabels.LeadingQuestion | UtteranceLabels.HypotheticalQuestion | UtteranceLabels.GenericQuestion
        | UtteranceLabels.MultiPartQuestion | UtteranceLabels.Pitch;

    public void OnEvent(SessionEvent e, ISessionView session, ICollection<NudgeCandidate> output)
    {
        if (e is not UtteranceFinal { Utterance: var u } || session.Interviewer is not { } interviewer) return;
        var role = session.RoleOf(u.SpeakerId);
        if (role is not (ParticipantRole.Interviewer or ParticipantRole.Interviewee) || Backchannel.Is(u.Text)) return;

        if (role == ParticipantRole.Interviewee)
        {
            if ((u.Labels & _spec.ResolvedByInterviewee) != 0)
            {
                _trigger = null;
                return;
            }
            // The interviewer's turn ended in remarks that asked nothing: that turn moved on.
            if (_trigger is not null && _remarks > 0) Raise(session, interviewer, output);
            if (_trigger is null && (u.Labels & _spec.Trigger) != 0) (_trigger, _remarks) = (u, 0);
            return;
        }
        if (_trigger is null) return;
        // Closing the interview (wrap-up, next step) is not moving away from what they said.
        if ((u.Labels & UtteranceLabels.FollowUp) != 0 || (u.Tags & (StructureTags.WrapUp | StructureTags.NextStep)) != 0)
        {
            _trigger = null;
            return;
        }
        // A question elsewhere or a pitch moves on at once; one remark may still lead into a follow-up, a second one does not.
        if ((u.Labels & MovesOn) != 0 || ++_remarks >= 2) Raise(session, interviewer, output);
    }

    private void Raise(ISessionView session, Participant interviewer, ICollection<NudgeCandidate> output)
    {
        var trigger = _trigger!;
        _trigger = null;
        output.Add(new NudgeCandidate(
            new Nudge(_spec.Kind, session.Now, interviewer.Id, RuleText.Quote(trigger.Text),
                $"{session.NameOf(trigger.SpeakerId)} said this and it wasn't followed up. {_spec.Why}",
                _spec.FitSuggestion?.Invoke(trigger.Text) ?? _spec.Suggestion)));
    }
}

/// <summary>What a sequence rule watches for, what the interviewee may say to settle it, and its wording.</summary>
public sealed record FollowThroughSpec(
    string Kind,
    UtteranceLabels Trigger,
    UtteranceLabels ResolvedByInterviewee,
    string Why,
    string Suggestion,
    Func<string, string>? FitSuggestion = null);

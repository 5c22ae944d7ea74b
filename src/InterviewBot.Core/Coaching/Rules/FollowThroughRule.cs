using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Coaching.Rules;

/// <summary>
/// The sequence nudges: something worth probing was said by the interviewee (a vague size, a complaint,
/// an emotion, a generalization, a feature request) and the next turns did not follow it up.
/// Listening noises are not turns; a follow-up question, or the interviewee resolving it (a number,
/// a story), settles the watch. <c>probe_numbers</c> waits two turns (the number may come in the
/// interviewee's next answer); the others are decided by the interviewer's next turn.
/// </summary>
public sealed class FollowThroughRule : INudgeRule
{
    private readonly FollowThroughSpec _spec;
    private Utterance? _trigger;
    private int _turnsAfter;
    private string? _lastSpeaker;

    public FollowThroughRule(FollowThroughSpec spec) => _spec = spec;

    /// <summary>The nudge this rule raises.</summary>
    public string Kind => _spec.Kind;

    /// <summary>The five sequence rules of docs/coaching.md §2.</summary>
    public static IEnumerable<FollowThroughRule> All() =>
    [
        new(new(NudgeKinds.ProbeNumbers, UtteranceLabels.VagueQuantity, UtteranceLabels.Quantified, TurnsToWait: 2,
            "A size with no number can't be compared or quoted.", "\"How much time per week would you say? A ballpark is fine.\"", QuestionRewriter.ProbeFor)),
        new(new(NudgeKinds.LeanIntoComplaint, UtteranceLabels.Complaint, UtteranceLabels.None, TurnsToWait: 1,
            "A complaint is where the real need is; moving on loses it.", "\"Tell me more — what makes it so annoying?\"")),
        new(new(NudgeKinds.ExploreEmotion, UtteranceLabels.Emotion, UtteranceLabels.None, TurnsToWait: 1,
            "Strong feelings mark what matters most; they went unexplored.", "\"How did that feel at the time?\"")),
        new(new(NudgeKinds.AskForStory, UtteranceLabels.Generalization | UtteranceLabels.VaguePraise, UtteranceLabels.Story, TurnsToWait: 1,
            "Habits and compliments are not evidence; a specific instance is.", "\"When was the last time that happened? What specifically?\"")),
        new(new(NudgeKinds.AskWhyFeature, UtteranceLabels.FeatureRequest, UtteranceLabels.None, TurnsToWait: 1,
            "A feature request hides the need behind it.", "\"What would that let you do?\"")),
    ];

    private const UtteranceLabels Decisive = UtteranceLabels.OpenQuestion | UtteranceLabels.ClosedQuestion
        | UtteranceLabels.LeadingQuestion | UtteranceLabels.HypotheticalQuestion | UtteranceLabels.GenericQuestion
        | UtteranceLabels.MultiPartQuestion | UtteranceLabels.Pitch;

    public void OnEvent(SessionEvent e, ISessionView session, ICollection<NudgeCandidate> output)
    {
        if (e is not UtteranceFinal { Utterance: var u } || session.Interviewer is not { } interviewer) return;
        var role = session.RoleOf(u.SpeakerId);
        if (role is not (ParticipantRole.Interviewer or ParticipantRole.Interviewee) || Backchannel.Is(u.Text)) return;
        var newTurn = u.SpeakerId != _lastSpeaker;
        _lastSpeaker = u.SpeakerId;

        if (_trigger is null)
        {
            if (role == ParticipantRole.Interviewee && (u.Labels & _spec.Trigger) != 0 && (u.Labels & _spec.ResolvedByInterviewee) == 0)
            {
                _trigger = u;
                _turnsAfter = 0;
            }
            return;
        }
        if (newTurn) _turnsAfter++;
        // Closing the interview (wrap-up, next step) is not moving away from what they said.
        var settled = role == ParticipantRole.Interviewee
            ? (u.Labels & _spec.ResolvedByInterviewee) != 0
            : (u.Labels & UtteranceLabels.FollowUp) != 0 || (u.Tags & (StructureTags.WrapUp | StructureTags.NextStep)) != 0;
        if (settled)
        {
            _trigger = null;
            return;
        }
        // The turn that decides: an interviewee's words, or an interviewer's question or pitch. A later turn always decides.
        var decisive = role == ParticipantRole.Interviewee || (u.Labels & Decisive) != 0;
        if (_turnsAfter < _spec.TurnsToWait || (_turnsAfter == _spec.TurnsToWait && !decisive)) return;

        var trigger = _trigger;
        _trigger = null;
        output.Add(new NudgeCandidate(
            new Nudge(_spec.Kind, session.Now, interviewer.Id, RuleText.Quote(trigger.Text),
                $"{session.NameOf(trigger.SpeakerId)} said this and it wasn't followed up. {_spec.Why}",
                _spec.FitSuggestion?.Invoke(trigger.Text) ?? _spec.Suggestion),
            FreshUntil: session.Now + TimeSpan.FromSeconds(30)));
    }
}

/// <summary>What a sequence rule watches for, what settles it, how many turns (either speaker's) may pass first, and its wording.</summary>
public sealed record FollowThroughSpec(
    string Kind,
    UtteranceLabels Trigger,
    UtteranceLabels ResolvedByInterviewee,
    int TurnsToWait,
    string Why,
    string Suggestion,
    Func<string, string>? FitSuggestion = null);

using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Coaching.Rules;

/// <summary>
/// The nudges that follow from one interviewer label: closed, leading, hypothetical, generic and
/// multi-part questions, and pitching. Closed questions that ask consent, wrap up or ask for a next
/// step are recommended, and follow-ups are never nudged.
/// </summary>
public sealed class QuestionLabelRule : INudgeRule
{
    private const StructureTags RecommendedClosed = StructureTags.ConsentRequest | StructureTags.WrapUp | StructureTags.NextStep;

    public void OnEvent(SessionEvent e, ISessionView session, ICollection<NudgeCandidate> output)
    {
        if (e is not UtteranceFinal { Utterance: var u } || session.Interviewer is not { } interviewer || u.SpeakerId != interviewer.Id) return;
        var labels = u.Labels;
        var quote = RuleText.Quote(u.Text);
        void Add(string kind, string why, string suggestion) =>
            output.Add(new NudgeCandidate(new Nudge(kind, session.Now, u.SpeakerId, quote, why, suggestion)));

        if (Has(labels, UtteranceLabels.LeadingQuestion))
            Add(NudgeKinds.LeadingQuestion, "The answer is inside the question, so you'll hear agreement, not their view.", QuestionRewriter.Neutral(u.Text));
        if (Has(labels, UtteranceLabels.HypotheticalQuestion))
            Add(NudgeKinds.HypotheticalQuestion, "People are poor predictors of what they'd do or pay; past behaviour is evidence.", QuestionRewriter.PastInstead(u.Text));
        if (Has(labels, UtteranceLabels.Pitch))
            Add(NudgeKinds.Pitch, "Selling now turns the interview into a demo; you learn less and they get polite.", "Interesting — tell me more about why you need that.");
        if (Has(labels, UtteranceLabels.MultiPartQuestion))
            Add(NudgeKinds.MultiPartQuestion, "Several questions at once get one short answer to the easiest.", QuestionRewriter.OneAtATime(u.Text));
        if (Has(labels, UtteranceLabels.GenericQuestion))
            Add(NudgeKinds.GenericQuestion, "Questions about habits get the ideal version, not what really happened.", QuestionRewriter.LastTimeInstead(u.Text));
        if (Has(labels, UtteranceLabels.ClosedQuestion) && !Has(labels, UtteranceLabels.FollowUp) && (u.Tags & RecommendedClosed) == 0)
            Add(NudgeKinds.ClosedQuestion, "A yes/no question invites a one-word answer.", QuestionRewriter.OpenUp(u.Text));
    }

    private static bool Has(UtteranceLabels set, UtteranceLabels label) => (set & label) != 0;
}

using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Coaching.Rules;
using InterviewBot.Core.PostCall.Quotes;
using InterviewBot.Core.PostCall.Rendering;
using InterviewBot.Core.PostCall.Stats;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.PostCall.Scorecard;

/// <summary>Judges each practice from the labelled utterances and the timing stats; the evidence is quoted.</summary>
public static class ScorecardBuilder
{
    private const double TalkShareLimit = 0.25;
    private const double OpenShareFloor = 0.5;
    private static readonly TimeSpan s_silenceFloor = TimeSpan.FromSeconds(1);

    public static Scorecard Build(ISessionView session, InterviewStats stats, QuoteSource quotes)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(quotes);
        var interviewerId = session.Interviewer?.Id;
        var asked = session.Utterances.Where(u => u.SpeakerId == interviewerId).ToList();
        Utterance? FirstTagged(StructureTags tag) => asked.FirstOrDefault(u => (u.Tags & tag) != 0);
        Utterance? FirstLabelled(UtteranceLabels label) => asked.FirstOrDefault(u => (u.Labels & label) != 0);
        Quote[] Q(params Utterance?[] us) => us.Where(u => u is not null).Select(u => quotes.Whole(u!)).ToArray();

        PracticeResult Tagged(string id, string name, StructureTags tag, string missing)
        {
            var u = FirstTagged(tag);
            return new(id, name, u is not null, u is not null ? "Done." : missing, Q(u));
        }

        var leading = asked.Where(u => (u.Labels & UtteranceLabels.LeadingQuestion) != 0).ToList();
        var openQuestion = FirstLabelled(UtteranceLabels.OpenQuestion);
        var interviewer = stats.Speakers.FirstOrDefault(s => s.Role == "interviewer");
        var share = interviewer?.Share ?? 0;
        var numbers = FollowedUp(session, UtteranceLabels.VagueQuantity, UtteranceLabels.Quantified, 2);
        var emotions = FollowedUp(session, UtteranceLabels.Emotion, UtteranceLabels.None, 1);
        var complaints = FollowedUp(session, UtteranceLabels.Complaint, UtteranceLabels.None, 1);
        var alternatives = FirstTagged(StructureTags.Alternatives);
        var wrapUp = FirstTagged(StructureTags.WrapUp);
        var nextStep = FirstTagged(StructureTags.NextStep);
        var interruption = asked.FirstOrDefault(u => stats.Interruptions.Contains(u.Start));

        return new Scorecard(
        [
            Tagged("clear_goal", "Stated a clear goal", StructureTags.GoalStatement, "No goal was stated: say what you want to learn in the first minute."),
            Tagged("consent", "Asked consent to record", StructureTags.ConsentRequest, "Recording consent was never asked."),
            new("open_questions", "Asked open questions", stats.OpenQuestionShare >= OpenShareFloor,
                $"{MediaClock.Percent(stats.OpenQuestionShare)} of questions were open (aim for at least half).", Q(openQuestion)),
            new("no_leading", "Avoided leading questions", leading.Count == 0,
                leading.Count == 0 ? "No leading questions." : $"{leading.Count} leading question(s).", Q([.. leading.Take(3)])),
            new("talk_ratio", "Kept to an 80/20 talk ratio", share <= TalkShareLimit,
                $"The interviewer spoke {MediaClock.Percent(share)} of the time (aim for about 20%).", []),
            Verdict("probed_numbers", "Probed for numbers", numbers, quotes, "No vague sizes came up.", "vague size(s) left without a number"),
            new("asked_alternatives", "Asked about alternatives", alternatives is not null,
                alternatives is not null ? "Done." : "Never asked what else they tried.", Q(alternatives)),
            Verdict("captured_emotion", "Explored emotion", emotions, quotes, "No strong feeling came up to explore.", "feeling(s) not followed up", passWhenNone: false),
            Verdict("leaned_into_negatives", "Leaned into negatives", complaints, quotes, "No complaints came up.", "complaint(s) not followed up"),
            new("no_interruptions", "Didn't interrupt", stats.Interruptions.Count == 0,
                stats.Interruptions.Count == 0 ? "No interruptions." : $"{stats.Interruptions.Count} interruption(s).", Q(interruption)),
            new("used_silence", "Used silence", stats.MedianWait is TimeSpan w && w >= s_silenceFloor,
                stats.MedianWait is TimeSpan wait ? $"Median wait before speaking again: {wait.TotalSeconds:0.0} s." : "No waits to measure.", []),
            Tagged("before_context", "Asked about the before", StructureTags.BeforeContext, "Never asked how things were before."),
            new("wrap_up_next_step", "Wrapped up and asked for a next step", wrapUp is not null && nextStep is not null,
                (wrapUp, nextStep) switch
                {
                    (not null, not null) => "Done.",
                    (null, not null) => "Asked for a next step, but not \"anything else?\".",
                    (not null, null) => "Wrapped up, but asked for no next step.",
                    _ => "Neither a wrap-up question nor a next step.",
                }, Q(wrapUp, nextStep)),
        ], MomentsToRevisit.Of(session));
    }

    private static PracticeResult Verdict(string id, string name, (List<Utterance> Handled, List<Utterance> Dropped) audit, QuoteSource quotes,
        string none, string droppedNote, bool passWhenNone = true)
    {
        var (handled, dropped) = audit;
        if (handled.Count == 0 && dropped.Count == 0) return new(id, name, passWhenNone, none, []);
        var passed = dropped.Count == 0;
        var evidence = (passed ? handled : dropped).Take(3).Select(quotes.Whole).ToArray();
        return new(id, name, passed, passed ? $"All {handled.Count} followed up." : $"{dropped.Count} {droppedNote}.", evidence);
    }

    /// <summary>
    /// For each interviewee utterance with <paramref name="trigger"/>: was it followed up (an interviewer
    /// follow-up, or the interviewee resolving it) before <paramref name="turns"/> turns went by?
    /// </summary>
    private static (List<Utterance> Handled, List<Utterance> Dropped) FollowedUp(ISessionView session, UtteranceLabels trigger, UtteranceLabels resolvedBy, int turns)
    {
        var handled = new List<Utterance>();
        var dropped = new List<Utterance>();
        var utterances = session.Utterances;
        for (var i = 0; i < utterances.Count; i++)
        {
            var u = utterances[i];
            if (session.RoleOf(u.SpeakerId) != ParticipantRole.Interviewee || (u.Labels & trigger) == 0 || (u.Labels & resolvedBy) != 0) continue;
            var turnCount = 0;
            var speaker = u.SpeakerId;
            var outcome = (bool?)null;
            for (var j = i + 1; j < utterances.Count && outcome is null; j++)
            {
                var next = utterances[j];
                if (next.SpeakerId != speaker && !Backchannel.Is(next.Text))
                {
                    turnCount++;
                    speaker = next.SpeakerId;
                }
                var role = session.RoleOf(next.SpeakerId);
                if (role == ParticipantRole.Interviewer && (next.Labels & UtteranceLabels.FollowUp) != 0) outcome = true;
                else if (role == ParticipantRole.Interviewee && (next.Labels & resolvedBy) != 0) outcome = true;
                else if (turnCount > turns) outcome = false;
            }
            // The interview ending with the interviewer having moved on counts as dropped; ending at once, as no chance given.
            (outcome == false || (outcome is null && turnCount >= 1) ? dropped : handled).Add(u);
        }
        return (handled, dropped);
    }
}

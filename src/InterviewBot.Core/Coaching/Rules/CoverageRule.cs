using InterviewBot.Core.Coaching.Coverage;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Coaching.Rules;

/// <summary>
/// <c>coverage</c>: at 60% and 85% of the planned length, the first content tag of the interview's kind
/// still missing (discovery when no kind is set); and, in the first minute and a half, a reminder to
/// state the goal or ask consent when neither has been heard.
/// </summary>
public sealed class CoverageRule : INudgeRule
{
    private static readonly double[] s_checkpoints = [0.60, 0.85];
    private static readonly TimeSpan s_reminderAt = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan s_quietEnd = TimeSpan.FromSeconds(90);
    private StructureTags _seen;
    private int _nextCheckpoint;
    private bool _reminded;

    public void OnEvent(SessionEvent e, ISessionView session, ICollection<NudgeCandidate> output)
    {
        if (session.Interviewer is not { } interviewer) return;
        if (e is UtteranceFinal { Utterance: var u } && u.SpeakerId == interviewer.Id) _seen |= u.Tags;
        if (e is not MediaTick) return;
        var now = session.Now;

        if (!_reminded && now >= s_reminderAt && now < s_quietEnd)
        {
            _reminded = true;
            var opening = StructureTags.GoalStatement | StructureTags.ConsentRequest;
            if ((_seen & opening) == 0 && session.Utterances.Any(x => x.SpeakerId == interviewer.Id))
            {
                output.Add(new NudgeCandidate(
                    new Nudge(NudgeKinds.Coverage, now, interviewer.Id, "", "You haven't said what the interview is for or asked to record.",
                        CoveragePlan.QuestionFor(StructureTags.GoalStatement, session.Setup)),
                    AllowedInQuietStart: true));
            }
        }

        if (session.Setup.PlannedLength is not TimeSpan planned || _nextCheckpoint >= s_checkpoints.Length) return;
        if (now < planned * s_checkpoints[_nextCheckpoint]) return;
        var share = s_checkpoints[_nextCheckpoint++];
        var kind = session.Setup.Kind ?? InterviewKind.Discovery;
        var missing = CoveragePlan.Missing(kind, _seen);
        if (missing.Count == 0) return;
        var names = string.Join(", ", missing.Select(LabelIds.IdOf));
        output.Add(new NudgeCandidate(
            new Nudge(NudgeKinds.Coverage, now, interviewer.Id, "",
                $"{share:P0} of the planned time is gone and this {LabelIds.IdOf(missing[0]).Replace('_', ' ')} question is still open (missing: {names}).",
                CoveragePlan.QuestionFor(missing[0], session.Setup))));
    }
}

using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Coaching.Rules;

/// <summary><c>wrap_up</c>: five minutes before the planned end, or once the planned length is exceeded, with no wrap-up asked yet.</summary>
public sealed class WrapUpRule : INudgeRule
{
    private static readonly TimeSpan s_lead = TimeSpan.FromMinutes(5);
    private bool _warnedBefore;
    private bool _warnedOver;

    public void OnEvent(SessionEvent e, ISessionView session, ICollection<NudgeCandidate> output)
    {
        if (e is not MediaTick || session.Setup.PlannedLength is not TimeSpan planned || session.Interviewer is not { } interviewer) return;
        var now = session.Now;
        var over = now >= planned;
        if (over ? _warnedOver : _warnedBefore || now < planned - s_lead) return;
        if (session.Utterances.Any(u => (u.Tags & StructureTags.WrapUp) != 0)) return;

        if (over) _warnedOver = true;
        else _warnedBefore = true;
        var left = planned - now;
        var why = over
            ? $"You're past the planned {planned.TotalMinutes:0} minutes."
            : $"About {Math.Ceiling(left.TotalMinutes):0} minutes left of the planned {planned.TotalMinutes:0}.";
        output.Add(new NudgeCandidate(
            new Nudge(NudgeKinds.WrapUp, now, interviewer.Id, "", why,
                "\"Is there anything else you'd like to add that I didn't ask?\" Then ask for a next step.")));
    }
}

using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Coaching.Rules;

/// <summary>
/// <c>talk_ratio</c>: the interviewer holds more than 30% of the speech over the last five minutes
/// (from minute 5), or more than 25% of all speech so far (from minute 10). The moment is the crossing: the
/// rule speaks when the share goes over a limit, not on every tick it stays there, and again only after it came back under.
/// </summary>
public sealed class TalkRatioRule : INudgeRule
{
    private bool _over;

    private static readonly TimeSpan s_window = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan s_cumulativeFrom = TimeSpan.FromMinutes(10);
    private const double WindowLimit = 0.30;
    private const double CumulativeLimit = 0.25;

    public void OnEvent(SessionEvent e, ISessionView session, ICollection<NudgeCandidate> output)
    {
        if (e is not MediaTick || session.Interviewer is not { } interviewer) return;
        var now = session.Now;
        if (now < s_window) return;

        TimeSpan mine = TimeSpan.Zero, all = TimeSpan.Zero;
        foreach (var id in session.Speech.Speakers)
        {
            var talk = session.Speech.TalkBetween(id, now - s_window, now);
            all += talk;
            if (id == interviewer.Id) mine = talk;
        }
        var window = RuleText.Share(mine, all);
        string? why = null;
        if (window.Fraction > WindowLimit)
        {
            why = $"You've had {window} of the talk time over the last 5 minutes; aim for about 20%.";
        }
        else if (now >= s_cumulativeFrom)
        {
            TimeSpan total = TimeSpan.Zero;
            foreach (var id in session.Speech.Speakers) total += session.Speech.TotalTalk(id, now);
            var cumulative = RuleText.Share(session.Speech.TotalTalk(interviewer.Id, now), total);
            if (cumulative.Fraction > CumulativeLimit)
                why = $"You've had {cumulative} of the talk time so far; aim for about 20%.";
        }
        var crossed = why is not null && !_over;
        _over = why is not null;
        if (!crossed) return;

        var longest = LongestRecent(session, interviewer.Id, now - s_window);
        output.Add(new NudgeCandidate(
            new Nudge(NudgeKinds.TalkRatio, now, interviewer.Id, longest is null ? "" : RuleText.Quote(longest.Text), why!,
                "Ask one open question, then stay quiet: \"What else should I know about that?\"")));
    }

    /// <summary>The interviewer's longest utterance of the window: the evidence worth quoting.</summary>
    private static Utterance? LongestRecent(ISessionView session, string interviewerId, TimeSpan since)
    {
        Utterance? longest = null;
        for (var i = session.Utterances.Count - 1; i >= 0; i--)
        {
            var u = session.Utterances[i];
            if (u.End < since) break;
            if (u.SpeakerId == interviewerId && (longest is null || u.Duration > longest.Duration)) longest = u;
        }
        return longest;
    }
}

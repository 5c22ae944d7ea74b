using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Coaching.Rules;

/// <summary><c>monologue</c>: the interviewer speaks for more than 60 s with no pause longer than 2 s.</summary>
public sealed class MonologueRule : INudgeRule
{
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan s_pause = TimeSpan.FromSeconds(2);
    private TimeSpan? _runStart;
    private TimeSpan? _lastEnd;
    private bool _firedForRun;

    public void OnEvent(SessionEvent e, ISessionView session, ICollection<NudgeCandidate> output)
    {
        if (session.Interviewer is not { } interviewer) return;
        switch (e)
        {
            case SpeechStarted s when s.ParticipantId == interviewer.Id:
                // A start with no end since the run began (a session resumed mid-speech) continues the run.
                if (_runStart is null || (_lastEnd is { } end && s.At - end > s_pause))
                {
                    _runStart = s.At;
                    _firedForRun = false;
                }
                return;
            case SpeechEnded s when s.ParticipantId == interviewer.Id:
                _lastEnd = s.At;
                return;
        }
        if (_firedForRun || _runStart is not TimeSpan start) return;
        // The run is still live while they speak, or in a pause no longer than the limit: a breath between sentences.
        var speaking = session.Speech.IsSpeaking(interviewer.Id);
        var heardUntil = speaking ? session.Now : _lastEnd ?? start;
        if (!speaking && session.Now - heardUntil > s_pause) return;
        var length = heardUntil - start;
        if (length <= s_limit) return;

        _firedForRun = true;
        // A run that began by closing the call is the goodbye, not a lecture: nothing is left to hand over.
        if (ClosedTheCall(session, interviewer.Id, start)) return;
        var crossed = start + s_limit; // the moment it became a monologue, not the tick that noticed
        var first = session.Utterances.FirstOrDefault(u => u.SpeakerId == interviewer.Id && u.Start >= start);
        output.Add(new NudgeCandidate(
            new Nudge(NudgeKinds.Monologue, crossed, interviewer.Id, first is null ? "" : RuleText.Quote(first.Text),
                $"You've been talking for {length.TotalSeconds:0} seconds without a pause.",
                "Stop and hand the floor over: \"What's your take on that?\"")));
    }

    private static bool ClosedTheCall(ISessionView session, string interviewerId, TimeSpan runStart)
    {
        for (var i = session.Utterances.Count - 1; i >= 0; i--)
        {
            var u = session.Utterances[i];
            if (u.End < runStart) break;
            if (u.SpeakerId == interviewerId && u.Start >= runStart && Farewell.Is(u.Text)) return true;
        }
        return false;
    }
}

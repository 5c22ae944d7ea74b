using InterviewBot.Core.Sessions;
using InterviewBot.Core.Sessions.Events;

namespace InterviewBot.Core.Coaching.Rules;

/// <summary>Watches session events and proposes nudges; the policy decides which are raised.</summary>
public interface INudgeRule
{
    /// <summary>Called after the session applied <paramref name="e"/>; adds any candidates to <paramref name="output"/>.</summary>
    void OnEvent(SessionEvent e, ISessionView session, ICollection<NudgeCandidate> output);
}

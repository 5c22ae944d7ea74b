using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Coaching.Rules;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.ContentPack;

/// <summary>What the interviewee said in answer to the interviewer's questions of one structure tag.</summary>
public static class TaggedAnswers
{
    /// <summary>The interviewee utterances after each question with <paramref name="tag"/>, up to the interviewer's next real turn.</summary>
    public static IReadOnlyList<Utterance> For(ISessionView session, StructureTags tag)
    {
        ArgumentNullException.ThrowIfNull(session);
        var answers = new List<Utterance>();
        var collecting = false;
        foreach (var u in session.Utterances)
        {
            var role = session.RoleOf(u.SpeakerId);
            if (role == ParticipantRole.Interviewer)
            {
                if ((u.Tags & tag) != 0) collecting = true;
                else if (!Backchannel.Is(u.Text) && (u.Labels & UtteranceLabels.FollowUp) == 0) collecting = false;
                continue;
            }
            if (collecting && role == ParticipantRole.Interviewee) answers.Add(u);
        }
        return answers;
    }
}

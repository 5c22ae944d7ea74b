using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Coaching.Timing;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Core.PostCall.Stats;

/// <summary>Computes <see cref="InterviewStats"/> from a finished session's speech timeline and labelled utterances.</summary>
public static class StatsBuilder
{
    private static readonly TimeSpan s_monologuePause = TimeSpan.FromSeconds(2);
    private const UtteranceLabels QuestionLabels = UtteranceLabels.OpenQuestion | UtteranceLabels.ClosedQuestion
        | UtteranceLabels.LeadingQuestion | UtteranceLabels.HypotheticalQuestion | UtteranceLabels.GenericQuestion
        | UtteranceLabels.MultiPartQuestion;

    public static InterviewStats Build(ISessionView session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var duration = session.Now;
        var minutes = Math.Max(1, (int)Math.Ceiling(duration.TotalMinutes));
        var total = session.Speech.Speakers.Aggregate(TimeSpan.Zero, (sum, id) => sum + session.Speech.TotalTalk(id, duration));

        var speakers = session.Participants.Values
            .Where(p => p.Role is ParticipantRole.Interviewer or ParticipantRole.Interviewee)
            .OrderBy(p => p.Role)
            .Select(p =>
            {
                var talk = session.Speech.TotalTalk(p.Id, duration);
                return new SpeakerStats(p.DisplayName, p.Role.ToString().ToLowerInvariant(), talk,
                    total > TimeSpan.Zero ? talk / total : 0, LongestRun(session.Speech.SegmentsOf(p.Id)),
                    session.Utterances.Count(u => u.SpeakerId == p.Id), PerMinute(session.Speech.SegmentsOf(p.Id), minutes));
            })
            .ToArray();

        var interviewerId = session.Interviewer?.Id;
        // Without text, interruptions, waits and switches are read from voice activity instead of utterances.
        var interruptions = session.AudioOnly
            ? (interviewerId is null ? [] : session.Speech.SegmentsOf(interviewerId)
                .Where(s => Interruptions.CutOffAt(session, s.Start, s.Duration) is not null).Select(s => s.Start).ToArray())
            : session.Utterances
                .Where(u => u.SpeakerId == interviewerId && Interruptions.CutOffBy(session, u) is not null)
                .Select(u => u.Start)
                .ToArray();

        var turns = session.AudioOnly ? Turns(session) : session.Utterances.Select(u => new SpeechSegment(u.SpeakerId, u.Start, u.End)).ToList();
        var (waits, waitsAfterQuestions) = Waits(session, turns, interviewerId);
        var questions = LabelIds.AllLabelIds
            .Select(id => (id, label: LabelIds.TryParseLabel(id, out var l) ? l : UtteranceLabels.None))
            .Where(x => (x.label & QuestionLabels) != 0)
            .ToDictionary(x => x.id, x => session.Utterances.Count(u => u.SpeakerId == interviewerId && (u.Labels & x.label) != 0), StringComparer.Ordinal);
        var asked = session.Utterances.Count(u => u.SpeakerId == interviewerId && (u.Labels & (QuestionLabels | UtteranceLabels.FollowUp)) != 0);
        var open = session.Utterances.Count(u => u.SpeakerId == interviewerId && (u.Labels & UtteranceLabels.OpenQuestion) != 0);
        var followUps = session.Utterances.Count(u => u.SpeakerId == interviewerId && (u.Labels & UtteranceLabels.FollowUp) != 0);

        return new InterviewStats(duration, speakers, interruptions, Median(waits), Median(waitsAfterQuestions),
            Switches(turns) / Math.Max(duration.TotalMinutes, 1.0 / 60), questions, followUps, asked == 0 ? 0 : (double)open / asked, minutes);
    }

    private static TimeSpan LongestRun(IReadOnlyList<SpeechSegment> segments)
    {
        TimeSpan longest = TimeSpan.Zero, runStart = TimeSpan.Zero, runEnd = TimeSpan.MinValue;
        foreach (var s in segments.OrderBy(s => s.Start))
        {
            if (runEnd == TimeSpan.MinValue || s.Start - runEnd > s_monologuePause) runStart = s.Start;
            if (s.End > runEnd) runEnd = s.End;
            if (runEnd - runStart > longest) longest = runEnd - runStart;
        }
        return longest;
    }

    private static double[] PerMinute(IReadOnlyList<SpeechSegment> segments, int minutes)
    {
        var seconds = new double[minutes];
        foreach (var s in segments)
        {
            for (var m = (int)s.Start.TotalMinutes; m < minutes && TimeSpan.FromMinutes(m) < s.End; m++)
            {
                var from = TimeSpan.FromMinutes(m) > s.Start ? TimeSpan.FromMinutes(m) : s.Start;
                var to = TimeSpan.FromMinutes(m + 1) < s.End ? TimeSpan.FromMinutes(m + 1) : s.End;
                seconds[m] += Math.Round((to - from).TotalSeconds, 3);
            }
        }
        return seconds;
    }

    /// <summary>
    /// Silences between an interviewee's last words and the interviewer's next start, over utterances or, with
    /// audio alone, voice-activity turns (no labels then, so no waits after questions).
    /// </summary>
    private static (List<TimeSpan> All, List<TimeSpan> AfterQuestions) Waits(ISessionView session, List<SpeechSegment> turns, string? interviewerId)
    {
        var all = new List<TimeSpan>();
        var afterQuestions = new List<TimeSpan>();
        for (var i = 1; i < turns.Count; i++)
        {
            var (previous, next) = (turns[i - 1], turns[i]);
            if (next.ParticipantId != interviewerId || session.RoleOf(previous.ParticipantId) != ParticipantRole.Interviewee) continue;
            var gap = next.Start - previous.End;
            if (gap < TimeSpan.Zero) continue;
            all.Add(gap);
            if (session.AudioOnly) continue;
            var question = session.Utterances.Take(i - 1).LastOrDefault(u => u.SpeakerId == interviewerId);
            if (question is not null && (question.Labels & (QuestionLabels | UtteranceLabels.FollowUp)) != 0) afterQuestions.Add(gap);
        }
        return (all, afterQuestions);
    }

    /// <summary>Voice-activity segments of interviewer and interviewees in start order, a speaker's pauses merged into one turn.</summary>
    private static List<SpeechSegment> Turns(ISessionView session)
    {
        var turns = new List<SpeechSegment>();
        foreach (var s in session.Speech.Segments.Where(s => session.RoleOf(s.ParticipantId) is ParticipantRole.Interviewer or ParticipantRole.Interviewee).OrderBy(s => s.Start))
        {
            if (turns.Count > 0 && turns[^1].ParticipantId == s.ParticipantId)
                turns[^1] = turns[^1] with { End = s.End > turns[^1].End ? s.End : turns[^1].End };
            else
                turns.Add(s);
        }
        return turns;
    }

    private static int Switches(List<SpeechSegment> turns)
    {
        var switches = 0;
        for (var i = 1; i < turns.Count; i++)
            if (turns[i].ParticipantId != turns[i - 1].ParticipantId) switches++;
        return switches;
    }

    private static TimeSpan? Median(List<TimeSpan> values)
    {
        if (values.Count == 0) return null;
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }
}

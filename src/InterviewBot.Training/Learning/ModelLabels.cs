using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Training.Learning;

/// <summary>The labels a model is trained for: every text label of COACHING.md §1 (interrupt is timing, never text), with its speaker.</summary>
public static class ModelLabels
{
    public static IReadOnlyList<UtteranceLabels> For(ParticipantRole role) =>
        All.Where(l => RoleOf(l) == role).ToArray();

    public static IReadOnlyList<UtteranceLabels> All { get; } = LabelIds.AllLabelIds
        .Where(id => id != "interrupt")
        .Select(id => LabelIds.TryParseLabel(id, out var l) ? l : UtteranceLabels.None)
        .ToArray();

    /// <summary>Interviewer labels are the low 16 bits of the set, interviewee labels the high ones.</summary>
    public static ParticipantRole RoleOf(UtteranceLabels label) =>
        (uint)label < 1u << 16 ? ParticipantRole.Interviewer : ParticipantRole.Interviewee;
}

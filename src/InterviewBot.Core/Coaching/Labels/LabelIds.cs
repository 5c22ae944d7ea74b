using System.Collections.Frozen;
using System.Numerics;

namespace InterviewBot.Core.Coaching.Labels;

/// <summary>Maps label and tag bits to the stable snake_case ids of docs/coaching.md and back.</summary>
public static class LabelIds
{
    private static readonly (UtteranceLabels Label, string Id)[] s_labels =
    [
        (UtteranceLabels.OpenQuestion, "open_question"),
        (UtteranceLabels.FollowUp, "follow_up"),
        (UtteranceLabels.ClosedQuestion, "closed_question"),
        (UtteranceLabels.LeadingQuestion, "leading_question"),
        (UtteranceLabels.HypotheticalQuestion, "hypothetical_question"),
        (UtteranceLabels.GenericQuestion, "generic_question"),
        (UtteranceLabels.MultiPartQuestion, "multi_part_question"),
        (UtteranceLabels.Pitch, "pitch"),
        (UtteranceLabels.Interrupt, "interrupt"),
        (UtteranceLabels.VagueQuantity, "vague_quantity"),
        (UtteranceLabels.Quantified, "quantified"),
        (UtteranceLabels.Generalization, "generalization"),
        (UtteranceLabels.VaguePraise, "vague_praise"),
        (UtteranceLabels.Complaint, "complaint"),
        (UtteranceLabels.Emotion, "emotion"),
        (UtteranceLabels.FeatureRequest, "feature_request"),
        (UtteranceLabels.AlternativeMention, "alternative_mention"),
        (UtteranceLabels.Story, "story"),
        (UtteranceLabels.Commitment, "commitment"),
        (UtteranceLabels.ShortAnswer, "short_answer"),
    ];

    private static readonly (StructureTags Tag, string Id)[] s_tags =
    [
        (StructureTags.GoalStatement, "goal_statement"),
        (StructureTags.ConsentRequest, "consent_request"),
        (StructureTags.BeforeContext, "before_context"),
        (StructureTags.Discovery, "discovery"),
        (StructureTags.Skepticism, "skepticism"),
        (StructureTags.AhaMoment, "aha_moment"),
        (StructureTags.ResultsMetrics, "results_metrics"),
        (StructureTags.Surprise, "surprise"),
        (StructureTags.Advice, "advice"),
        (StructureTags.Alternatives, "alternatives"),
        (StructureTags.Challenges, "challenges"),
        (StructureTags.WrapUp, "wrap_up"),
        (StructureTags.NextStep, "next_step"),
    ];

    private static readonly FrozenDictionary<string, UtteranceLabels> s_labelById =
        s_labels.ToFrozenDictionary(x => x.Id, x => x.Label, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, StructureTags> s_tagById =
        s_tags.ToFrozenDictionary(x => x.Id, x => x.Tag, StringComparer.Ordinal);

    /// <summary>Every label id, in catalogue order.</summary>
    public static IReadOnlyList<string> AllLabelIds { get; } = s_labels.Select(x => x.Id).ToArray();

    /// <summary>Every structure tag id, in catalogue order.</summary>
    public static IReadOnlyList<string> AllTagIds { get; } = s_tags.Select(x => x.Id).ToArray();

    public static string IdOf(UtteranceLabels label) =>
        BitOperations.PopCount((uint)label) == 1
            ? s_labels.First(x => x.Label == label).Id
            : throw new ArgumentException("Exactly one label bit expected.", nameof(label));

    public static string IdOf(StructureTags tag) =>
        BitOperations.PopCount((uint)tag) == 1
            ? s_tags.First(x => x.Tag == tag).Id
            : throw new ArgumentException("Exactly one tag bit expected.", nameof(tag));

    /// <summary>The ids of the set bits, in catalogue order.</summary>
    public static IReadOnlyList<string> ToIds(UtteranceLabels labels)
    {
        if (labels == UtteranceLabels.None) return [];
        var ids = new List<string>(BitOperations.PopCount((uint)labels));
        foreach (var (label, id) in s_labels)
            if ((labels & label) != 0) ids.Add(id);
        return ids;
    }

    /// <summary>The ids of the set bits, in catalogue order.</summary>
    public static IReadOnlyList<string> ToIds(StructureTags tags)
    {
        if (tags == StructureTags.None) return [];
        var ids = new List<string>(BitOperations.PopCount((uint)tags));
        foreach (var (tag, id) in s_tags)
            if ((tags & tag) != 0) ids.Add(id);
        return ids;
    }

    public static bool TryParseLabel(string id, out UtteranceLabels label) => s_labelById.TryGetValue(id, out label);

    public static bool TryParseTag(string id, out StructureTags tag) => s_tagById.TryGetValue(id, out tag);

    /// <summary>Parses ids into a set; an unknown id is an error the caller reports.</summary>
    public static UtteranceLabels ParseLabels(IEnumerable<string> ids)
    {
        var set = UtteranceLabels.None;
        foreach (var id in ids)
            set |= TryParseLabel(id, out var l) ? l : throw new FormatException($"unknown label '{id}'");
        return set;
    }

    /// <summary>Parses ids into a set; an unknown id is an error the caller reports.</summary>
    public static StructureTags ParseTags(IEnumerable<string> ids)
    {
        var set = StructureTags.None;
        foreach (var id in ids)
            set |= TryParseTag(id, out var t) ? t : throw new FormatException($"unknown tag '{id}'");
        return set;
    }
}

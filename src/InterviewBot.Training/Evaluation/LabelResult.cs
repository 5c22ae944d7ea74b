using InterviewBot.Core.Coaching.Classification.Model;
using InterviewBot.Core.Coaching.Labels;

namespace InterviewBot.Training.Evaluation;

/// <summary>
/// One label's cross-validated figures: rules alone, model alone, hybrid, and the mode each fold chose (what
/// ships), per source for the chosen mode, the modes chosen, and the errors behind the chosen figures.
/// </summary>
public sealed class LabelResult(UtteranceLabels label)
{
    public UtteranceLabels Label => label;

    public LabelCounts Rules { get; } = new();

    public LabelCounts Model { get; } = new();

    public LabelCounts Hybrid { get; } = new();

    public LabelCounts Chosen { get; } = new();

    /// <summary>The chosen mode's figures per held-out source.</summary>
    public SortedDictionary<string, LabelCounts> BySource { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<LabelMode, int> ModesChosen { get; } = [];

    public List<string> FalsePositiveIds { get; } = [];

    public List<string> FalseNegativeIds { get; } = [];

    /// <summary>Gold labels of the items wrongly given this label, and labels predicted for the items that missed it.</summary>
    public SortedDictionary<string, int> ConfusedWith { get; } = new(StringComparer.Ordinal);

    /// <summary>The source where the chosen mode does worst (lowest F1 among sources with at least 3 positives), if any.</summary>
    public (string Source, LabelCounts Counts)? WorstSource =>
        BySource.Where(kv => kv.Value.Support >= 3).OrderBy(kv => kv.Value.F1).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => ((string, LabelCounts)?)(kv.Key, kv.Value)).FirstOrDefault();

    public string Id => LabelIds.IdOf(label);
}

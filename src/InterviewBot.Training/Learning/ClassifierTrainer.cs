using InterviewBot.Core.Coaching.Classification.Model;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Core.Sessions;

namespace InterviewBot.Training.Learning;

/// <summary>
/// Trains the classifier on a set of items: modes and thresholds chosen on inner folds (scores from models that
/// never saw the fold's sources), then the weights fitted on the whole set.
/// </summary>
public sealed class ClassifierTrainer(int seed, double precisionTarget, int innerFolds = 4)
{
    public int Seed => seed;

    public double PrecisionTarget => precisionTarget;

    public TrainedClassifier Train(IReadOnlyList<PreparedItem> items, string corpusSha256 = "", string trainedOn = "")
    {
        ArgumentNullException.ThrowIfNull(items);
        var held = new Dictionary<UtteranceLabels, List<ScoredExample>>();
        foreach (var label in ModelLabels.All) held[label] = [];
        foreach (var fold in FoldPlan.Inner(items, innerFolds))
        {
            var heldOut = fold.HeldOut.ToHashSet();
            var train = items.Where((_, i) => !heldOut.Contains(i)).ToArray();
            var model = Fit(train, new Dictionary<UtteranceLabels, ModeChoice>(), corpusSha256, trainedOn).Load();
            foreach (var i in fold.HeldOut)
                foreach (var (label, score) in Scores(model, items[i]))
                    held[label].Add(new ScoredExample(items[i].Gold(label), items[i].RulesSay(label), score, items[i].Item.Group is null));
        }
        var choices = ModelLabels.All.ToDictionary(l => l, l => ModeSelector.Choose(held[l], precisionTarget, DevFloor(l)));
        return new TrainedClassifier(Fit(items, choices, corpusSha256, trainedOn).File, choices);
    }

    /// <summary>
    /// The dev set's floors (docs/coaching-quality.md: interviewer 0.95 / 0.90, interviewee 0.90 / 0.85), which a mode must
    /// keep on the dev items of the inner folds: the dev set is the one source without a study (group), clean written text.
    /// </summary>
    public static (double Precision, double Recall) DevFloor(UtteranceLabels label) =>
        ModelLabels.RoleOf(label) == ParticipantRole.Interviewer ? (0.95, 0.90) : (0.90, 0.85);

    /// <summary>Each label's probability for one item, for the labels the item counts for (vetoed ones score zero).</summary>
    public static IEnumerable<(UtteranceLabels Label, float Score)> Scores(LinearModel model, PreparedItem item)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(item);
        var scores = new float[model.Labels.Count];
        model.Score(item.Features, scores);
        for (var l = 0; l < scores.Length; l++)
        {
            var label = model.Labels[l].Label;
            if (item.Scores(label)) yield return (label, item.Vetoed(label) ? 0f : scores[l]);
        }
    }

    private TrainedClassifier Fit(IReadOnlyList<PreparedItem> items, Dictionary<UtteranceLabels, ModeChoice> choices, string sha, string trainedOn)
    {
        var labels = new List<LabelModel>();
        foreach (var role in new[] { ParticipantRole.Interviewer, ParticipantRole.Interviewee })
        {
            var roleLabels = ModelLabels.For(role);
            var roleItems = items.Where(i => i.Item.Role == role).ToArray();
            var fitted = new LogisticRegression(seed).Fit(roleItems, roleLabels);
            for (var l = 0; l < roleLabels.Count; l++)
            {
                var choice = choices.TryGetValue(roleLabels[l], out var c) ? c : new ModeChoice(LabelMode.Rules, ModeSelector.Never, ModeSelector.Never, ModeSelector.Never);
                labels.Add(new LabelModel(roleLabels[l], role, choice.Mode, choice.Threshold, fitted[l].Bias, fitted[l].Weights, choice.RulesThreshold));
            }
        }
        return new TrainedClassifier(new ModelFile(Featurizer.Version, Featurizer.Buckets, sha, trainedOn, seed, labels), choices);
    }
}

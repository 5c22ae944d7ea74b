using InterviewBot.Core.Coaching.Classification.Model;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Training.Learning;

namespace InterviewBot.Training.Evaluation;

/// <summary>
/// Cross-validation that cannot flatter: for each fold, the trainer sees only the other folds' items (modes and
/// thresholds included, chosen on inner folds of those), and every figure comes from the held-out fold.
/// </summary>
public static class CrossValidation
{
    public static IReadOnlyList<LabelResult> Run(IReadOnlyList<PreparedItem> items, IReadOnlyList<Fold> folds, Func<IReadOnlyList<PreparedItem>, TrainedClassifier> train)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(folds);
        ArgumentNullException.ThrowIfNull(train);
        var results = ModelLabels.All.ToDictionary(l => l, l => new LabelResult(l));
        foreach (var fold in folds)
        {
            var heldOut = fold.HeldOut.ToHashSet();
            var trained = train(items.Where((_, i) => !heldOut.Contains(i)).ToArray());
            var model = trained.Load();
            foreach (var i in fold.HeldOut)
                foreach (var (label, score) in ClassifierTrainer.Scores(model, items[i]))
                    Record(results[label], items[i], fold.Name, trained.Choices[label], score);
            foreach (var (label, choice) in trained.Choices)
                results[label].ModesChosen[choice.Mode] = results[label].ModesChosen.GetValueOrDefault(choice.Mode) + 1;
        }
        return ModelLabels.All.Select(l => results[l]).ToArray();
    }

    private static void Record(LabelResult result, PreparedItem item, string source, ModeChoice choice, float score)
    {
        var label = result.Label;
        var gold = item.Gold(label);
        var vetoed = item.Vetoed(label);
        var rules = item.RulesSay(label);
        var chosen = !vetoed && LabelDecision.Decide(choice.Mode, choice.Threshold, rules, score);
        result.Rules.Add(gold, rules);
        result.Model.Add(gold, !vetoed && score >= choice.ModelThreshold);
        result.Hybrid.Add(gold, !vetoed && (rules || score >= choice.HybridThreshold));
        result.Chosen.Add(gold, chosen);
        if (!result.BySource.TryGetValue(source, out var counts)) result.BySource[source] = counts = new LabelCounts();
        counts.Add(gold, chosen);
        if (gold == chosen) return;
        (gold ? result.FalseNegativeIds : result.FalsePositiveIds).Add(item.Item.Id);
        // What the error looked like: the item's gold labels for a false alarm, what the rules said for a miss.
        foreach (var other in LabelIds.ToIds((gold ? item.Rules : item.Item.Labels) & ~label))
            result.ConfusedWith[(gold ? "predicted " : "gold ") + other] = result.ConfusedWith.GetValueOrDefault((gold ? "predicted " : "gold ") + other) + 1;
    }
}

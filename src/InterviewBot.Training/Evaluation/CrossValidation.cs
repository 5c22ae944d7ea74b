using InterviewBot.Core.Coaching.Classification.Model;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Training.Learning;

namespace InterviewBot.Training.Evaluation;

/// <summary>
/// Cross-validation that cannot flatter: for each fold, the trainer sees only the other folds' items (modes and
/// thresholds included, chosen on inner folds of those), and every figure comes from the held-out fold. Each
/// method's labels for an item are settled together, with the catalogue's precedences, exactly as the shipped
/// classifier settles them.
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
            foreach (var i in fold.HeldOut) Record(results, items[i], fold.Name, trained, model);
            foreach (var (label, choice) in trained.Choices)
                results[label].ModesChosen[choice.Mode] = results[label].ModesChosen.GetValueOrDefault(choice.Mode) + 1;
        }
        return ModelLabels.All.Select(l => results[l]).ToArray();
    }

    private static void Record(Dictionary<UtteranceLabels, LabelResult> results, PreparedItem item, string source, TrainedClassifier trained, LinearModel model)
    {
        var scores = ClassifierTrainer.Scores(model, item).ToArray();
        UtteranceLabels rules = 0, modelOnly = 0, hybrid = 0, chosen = 0;
        foreach (var (label, score) in scores)
        {
            if (item.Vetoed(label)) continue;
            var choice = trained.Choices[label];
            var rulesSay = item.RulesSay(label);
            if (rulesSay) rules |= label;
            if (score >= choice.ModelThreshold) modelOnly |= label;
            if (rulesSay || score >= choice.HybridThreshold) hybrid |= label;
            if (LabelDecision.Decide(choice.Mode, choice.Threshold, choice.RulesThreshold, rulesSay, score)) chosen |= label;
        }
        (rules, modelOnly, hybrid, chosen) = (LabelPrecedence.Apply(rules), LabelPrecedence.Apply(modelOnly), LabelPrecedence.Apply(hybrid), LabelPrecedence.Apply(chosen));
        foreach (var (label, _) in scores)
        {
            var result = results[label];
            var gold = item.Gold(label);
            result.Rules.Add(gold, (rules & label) != 0);
            result.Model.Add(gold, (modelOnly & label) != 0);
            result.Hybrid.Add(gold, (hybrid & label) != 0);
            var shipped = (chosen & label) != 0;
            result.Chosen.Add(gold, shipped);
            if (!result.BySource.TryGetValue(source, out var counts)) result.BySource[source] = counts = new LabelCounts();
            counts.Add(gold, shipped);
            if (gold == shipped) continue;
            (gold ? result.FalseNegativeIds : result.FalsePositiveIds).Add(item.Item.Id);
            // What the error looked like: the item's gold labels for a false alarm, what was shipped instead for a miss.
            var prefix = gold ? "predicted " : "gold ";
            foreach (var other in LabelIds.ToIds((gold ? chosen : item.Item.Labels) & ~label))
                result.ConfusedWith[prefix + other] = result.ConfusedWith.GetValueOrDefault(prefix + other) + 1;
        }
    }
}

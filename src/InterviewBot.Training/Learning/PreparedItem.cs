using InterviewBot.Core.Coaching.Classification;
using InterviewBot.Core.Coaching.Classification.Model;
using InterviewBot.Core.Coaching.Labels;
using InterviewBot.Training.Corpus;

namespace InterviewBot.Training.Learning;

/// <summary>An utterance with its features and the rules' labels computed once, for every fold to reuse.</summary>
public sealed record PreparedItem(LabelledUtterance Item, FeatureVector Features, UtteranceLabels Rules, bool Reformulated)
{
    /// <summary>Featurizes every item exactly as the shipped classifier does.</summary>
    public static IReadOnlyList<PreparedItem> PrepareAll(IReadOnlyList<LabelledUtterance> items)
    {
        var rules = new PatternClassifier();
        return items.Select(i =>
        {
            var input = FeatureInputBuilder.Build(rules, i.Text, i.Role, i.Context);
            return new PreparedItem(i, Featurizer.Featurize(input), input.Rules.Labels, input.Utterance.IsReformulated);
        }).ToArray();
    }

    /// <summary>Whether this item counts for a label: the label is its speaker's, and the labellers agreed on it.</summary>
    public bool Scores(UtteranceLabels label) => ModelLabels.RoleOf(label) == Item.Role && (Item.Contested & label) == 0;

    public bool Gold(UtteranceLabels label) => (Item.Labels & label) != 0;

    /// <summary>The rules' verdict on a label, after the normaliser's veto.</summary>
    public bool RulesSay(UtteranceLabels label) => (Rules & label) != 0 && !Vetoed(label);

    /// <summary>A turn that asks one question several ways is never multi-part, in any mode.</summary>
    public bool Vetoed(UtteranceLabels label) => Reformulated && label == UtteranceLabels.MultiPartQuestion;
}
